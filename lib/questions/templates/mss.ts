import { asNumber, numberInput } from "../inputs";
import { numberDistractors } from "../number-question";
import { pickIsns } from "../params";
import { explanationDiagram } from "../state-question";
import { openConnection } from "../story";
import type { Template } from "../template";
import { join, L } from "../text";
import { questionDiagram } from "../trace-view";
import { topicStory, variantOf } from "./topic-kit";

/** The MSS option in the SYN, and how it cuts data into segments (RFC 9293 3.7.1). */

const MSS_RULE = L(
  "The MSS option in a SYN or SYN,ACK tells the peer the largest segment, in data octets, that the SYN's sender can receive; headers are not counted. A peer whose SYN carried no MSS option must be assumed to accept 536 octets (RFC 9293 3.7.1). Each side then sends at most the smaller of the peer's MSS and its own limit (here the MSS it announced itself) per segment, and the last segment carries what is left.",
  "SYN 或 SYN,ACK 中的 MSS 选项告诉对方：该 SYN 的发送方能接收的最大报文段有多少数据字节，首部不计在内。如果对方的 SYN 没有携带 MSS 选项，就必须假定它能接收 536 字节（RFC 9293 第 3.7.1 节）。此后每一方发送的每个报文段最多携带对方的 MSS 与自己的上限（本例中就是自己通告的 MSS）两者中较小者的数据，最后一个报文段携带剩下的部分。",
);

const A_MSS = [1460, 1400, 8960];
const B_MSS = [536, 1220, 1360, 1440];

export const mssSegmentCount: Template = {
  id: "mss-segment-count",
  concept: "data-phase",
  kind: "number",
  title: L("The MSS option and the size of segments", "MSS 选项与报文段大小"),
  build({ rng, difficulty, seed }) {
    const variant = variantOf(seed, 3); // 0: B's MSS is the smaller, 1: A's own is the smaller, 2: B sends no MSS option
    const bMss = rng.pick(B_MSS);
    const aMss = variant === 1 ? rng.pick([512, 536, 1000, 1200].filter((m) => m < bMss)) : rng.pick(A_MSS);
    const mss = variant === 2 ? { A: aMss } : { A: aMss, B: bMss };
    const story = topicStory({ isn: pickIsns(rng, difficulty), mss });
    openConnection(story, "A", "B");
    const bytes = difficulty === 1 ? rng.int(2, 6) * 1000 : rng.int(1500, 8000);
    const shown = story.stepCount;
    story.send("A", bytes);
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const data = run.trace.segments.filter((s) => s.from === "A" && s.len > 0);
    const key = data.length;
    const size = data[0]!.len;
    const synAck = run.trace.segments[1]!;
    const announced = synAck.mss;
    const other = variant === 2 ? aMss : Math.max(aMss, bMss);
    const options =
      variant === 2
        ? L(`A's SYN carries the MSS option ${aMss}; B's SYN,ACK carries no MSS option.`, `A 的 SYN 携带 MSS 选项 ${aMss}；B 的 SYN,ACK 没有携带 MSS 选项。`)
        : L(
            `A's SYN carries the MSS option ${aMss}, and B's SYN,ACK the MSS option ${bMss}.`,
            `A 的 SYN 携带 MSS 选项 ${aMss}，B 的 SYN,ACK 携带 MSS 选项 ${bMss}。`,
          );
    return {
      prompt: L(
        `A connects to B. ${options.en} Each side announces the largest segment its own link takes, and sends no larger segments itself. Then A's application sends ${bytes} bytes at once. In how many data segments does A send them?`,
        `A 连接 B。${options.zh}每一方通告的都是它自己的链路能承载的最大报文段，它自己发送的报文段也不会更大。随后 A 的应用一次发送 ${bytes} 字节。A 用多少个数据报文段发送这些数据？`,
      ),
      input: numberInput("count", L("data segments", "数据报文段数")),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${key} segments`, `${key} 个报文段`),
      distractors: numberDistractors([
        [Math.ceil(bytes / other), variant === 2 ? "mss-default-forgotten" : "mss-larger-used"],
        [Math.ceil(bytes / (size - 40)), "mss-includes-headers"],
        [Math.floor(bytes / size), "last-segment-not-counted"],
      ]),
      explanation: {
        text: join([
          MSS_RULE,
          L(
            `Here A sends at most ${size} octets per segment (${variant === 2 ? `536, since B's SYN,ACK announced nothing, below A's own ${aMss}` : variant === 1 ? `its own ${aMss}, below B's ${announced}` : `B's ${announced}, below A's own ${aMss}`}): ${bytes} = ${key - 1} x ${size} + ${bytes - (key - 1) * size}, so ${key} data segments.`,
            `本例中 A 每个报文段最多发送 ${size} 字节（${variant === 2 ? `B 的 SYN,ACK 没有通告 MSS，取 536，小于 A 自己的 ${aMss}` : variant === 1 ? `A 自己的 ${aMss}，小于 B 的 ${announced}` : `B 的 ${announced}，小于 A 自己的 ${aMss}`}）：${bytes} = ${key - 1} x ${size} + ${bytes - (key - 1) * size}，所以需要 ${key} 个数据报文段。`,
          ),
        ]),
        rfc: "3.7.1",
        diagram: explanationDiagram(
          run,
          shown,
          data.map((s) => s.id),
        ),
      },
    };
  },
};
