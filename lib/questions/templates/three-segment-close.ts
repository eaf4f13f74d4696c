import { other, type Side } from "../../tcp";
import { asFlags, asNumber, flagsInput, flagsText, numberInput } from "../inputs";
import { numberDistractors } from "../number-question";
import type { Rng } from "../random";
import { pickClient, pickIsns, pickMsl } from "../params";
import { explanationDiagram } from "../state-question";
import { openConnection, Story } from "../story";
import type { Template } from "../template";
import { L, secs, sideWithRole } from "../text";
import { questionDiagram } from "../trace-view";
import type { Difficulty, Distractor } from "../types";

const DELAYED_ACK_RULE = L(
  "With delayed ACKs, the ACK of a FIN may wait up to 0.2 s for a segment to ride on. If the receiving application closes within that time, its FIN carries the ACK (FIN,ACK) and the close takes three segments; otherwise the ACK leaves alone when the timer expires and the close takes four.",
  "启用延迟确认时，对 FIN 的确认最多可等待 0.2 秒，以便捎带在其他报文段上。如果接收方的应用在这段时间内也关闭，它的 FIN 会同时携带 ACK（FIN,ACK），关闭只需三个报文段；否则计时器到期后 ACK 单独发出，关闭需要四个报文段。",
);

/** A closes, its FIN arrives, the other side's application closes `gap` seconds later. */
function delayedClose(rng: Rng, difficulty: Difficulty, delayedAck: boolean, gap: number) {
  const client = pickClient(rng);
  const server = other(client);
  const first: Side = rng.pick([client, server]);
  const second = other(first);
  const story = new Story({ isn: pickIsns(rng, difficulty), msl: pickMsl(rng, difficulty), delayedAck });
  openConnection(story, client, server);
  story.call("close", first);
  const fin1 = story.deliver({ from: first, flags: ["FIN"] });
  const finArrives = story.stepCount - 1;
  if (gap > 0) story.wait(gap);
  const close2 = story.call("close", second);
  story.step({ deliver: "all" });
  return { client, server, first, second, story, fin1, finArrives, close2 };
}

const intro = (d: { client: Side; server: Side; first: Side; second: Side }, delayedAck: boolean, gap: number) =>
  L(
    `${sideWithRole(d.client, "client").en} and ${sideWithRole(d.server, "server").en} have an established connection${delayedAck ? " and use delayed ACKs (an ACK may wait up to 0.2 s)" : ", and every ACK is sent at once"}. ${d.first} closes; when its FIN arrives, ${d.second} has nothing more to send, and its application calls close ${gap === 0 ? "right away" : `${secs(gap)} s later`}.`,
    `${sideWithRole(d.client, "client").zh}与${sideWithRole(d.server, "server").zh}之间已建立连接${delayedAck ? "，并启用了延迟确认（ACK 最多可等待 0.2 秒）" : "，每个 ACK 都立即发送"}。${d.first} 关闭连接；它的 FIN 到达时 ${d.second} 已没有数据要发送，${d.second} 的应用${gap === 0 ? "随即" : `在 ${secs(gap)} 秒后`}调用 close。`,
  );

export const threeSegmentCloseFlags: Template = {
  id: "three-segment-close-flags",
  concept: "three-segment-close",
  kind: "flags",
  title: L("The FIN that carries the ACK", "携带 ACK 的 FIN"),
  build({ rng, difficulty }) {
    const gap = difficulty === 1 ? 0 : rng.pick([0, 0.1, 0.5, 1]);
    const d = delayedClose(rng, difficulty, true, gap);
    const { scenario, run } = d.story.finish();
    const reply = run.trace.segments.find((s) => s.id > d.fin1 && s.from === d.second)!;
    const flags = reply.flags;
    const rides = flags.includes("FIN");
    const distractors: Distractor[] = [
      { response: asFlags(rides ? ["ACK"] : ["ACK", "FIN"]), misconception: rides ? "delayed-ack-separate" : "delayed-ack-waits-forever" },
      { response: asFlags(["FIN"]), misconception: "reply-missing-ack" },
    ];
    const i = intro(d, true, gap);
    return {
      prompt: L(`${i.en} Which control bits does the first segment ${d.second} sends after the FIN arrives carry?`, `${i.zh}FIN 到达后，${d.second} 发出的第一个报文段带有哪些控制位？`),
      input: flagsInput(),
      diagram: questionDiagram(scenario, d.finArrives + 1),
      scenario,
      scenarioIsPublic: false,
      key: asFlags(flags),
      keyText: L(`It carries ${flagsText(flags).en}.`, `它带有 ${flagsText(flags).zh}。`),
      distractors,
      explanation: {
        text: L(
          `${DELAYED_ACK_RULE.en} Here ${d.second} closed ${gap === 0 ? "at once" : `after ${secs(gap)} s`}, so its first segment was ${flagsText(flags).en}.`,
          `${DELAYED_ACK_RULE.zh}本例中 ${d.second} ${gap === 0 ? "立即" : `在 ${secs(gap)} 秒后`}关闭，所以它发出的第一个报文段是 ${flagsText(flags).zh}。`,
        ),
        rfc: "3.8.6.3",
        diagram: explanationDiagram(run, run.trace.steps.find((s) => s.sent.includes(reply.id))!.i, [d.fin1, reply.id]),
      },
    };
  },
};

export const threeSegmentCloseCount: Template = {
  id: "three-segment-close-count",
  concept: "three-segment-close",
  kind: "number",
  title: L("How many segments the close takes", "关闭需要几个报文段"),
  build({ rng, difficulty }) {
    const delayedAck = difficulty === 1 ? true : rng.chance(0.6);
    const gap = difficulty === 1 ? 0 : rng.pick([0, 0.1, 0.5]);
    const d = delayedClose(rng, difficulty, delayedAck, gap);
    const { scenario, run } = d.story.finish();
    const closing = run.trace.segments.filter((s) => s.id >= d.fin1);
    const key = closing.length;
    const i = intro(d, delayedAck, gap);
    const lines = closing.map((s) => `${s.from}→${s.to} ${flagsText(s.flags).en}`).join("; ");
    return {
      prompt: L(
        `${i.en} Counting ${d.first}'s FIN, how many segments does the close take in all, up to the last ACK?`,
        `${i.zh}从 ${d.first} 的 FIN 算起，到最后一个 ACK 为止，这次关闭一共需要多少个报文段？`,
      ),
      input: numberInput("count", L("segments", "报文段个数")),
      diagram: questionDiagram(scenario, d.finArrives),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${key} segments`, `${key} 个报文段`),
      distractors: numberDistractors(key === 3 ? [[4, "delayed-ack-separate"]] : [[3, delayedAck ? "delayed-ack-waits-forever" : "close-is-symmetric-with-open"]]),
      explanation: {
        text: L(`${DELAYED_ACK_RULE.en} In this run: ${lines}.`, `${DELAYED_ACK_RULE.zh}本次运行：${lines}。`),
        rfc: "3.6",
        diagram: explanationDiagram(run, d.close2, closing.map((s) => s.id)),
      },
    };
  },
};
