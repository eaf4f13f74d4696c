import { other, type Side } from "../../tcp";
import { asFlags, asNumber, flagsInput, flagsText, numberInput } from "../inputs";
import { numberDistractors } from "../number-question";
import type { Rng } from "../random";
import { pickClient, pickIsns, pickMsl, rotate } from "../params";
import { explanationDiagram } from "../state-question";
import { openConnection, Story } from "../story";
import type { Template } from "../template";
import { L, secs, sideWithRole } from "../text";
import { questionDiagram } from "../trace-view";
import type { Difficulty, Distractor } from "../types";

const DELAYED_ACK_RULE = L(
  "With delayed ACKs, the ACK of a FIN may wait a short time for a segment to ride on (0.2 s in this simulator; RFC 9293 section 3.8.6.3 only requires less than 0.5 s). If the receiving application closes within that time, its FIN carries the ACK (FIN,ACK) and the close takes three segments; otherwise the ACK leaves alone when the timer expires and the close takes four.",
  "启用延迟确认时，对 FIN 的确认可以等待一小段时间，以便捎带在其他报文段上（本模拟器为 0.2 秒；RFC 9293 第 3.8.6.3 节只要求少于 0.5 秒）。如果接收方的应用在这段时间内也关闭，它的 FIN 会捎带这个 ACK（FIN,ACK），即三次挥手（FIN 捎带 ACK）；否则计时器到期后 ACK 单独发出，关闭需要四个报文段。",
);
const IMMEDIATE_ACK_RULE = L(
  "Without delayed ACKs, the ACK of a FIN leaves as soon as the FIN arrives, before the receiving application can close; its FIN follows in a segment of its own, so the close takes four segments (the four-way close).",
  "不启用延迟确认时，FIN 一到达就立即发出对它的确认，接收方的应用来不及关闭；它的 FIN 随后单独发出，所以关闭需要四个报文段（四次挥手）。",
);

/**
 * A closes, its FIN arrives, the other side's application closes `gap` seconds later. An ACK that
 * leaves before that close (at once, or when the delayed-ACK timer fires) is delivered as soon as
 * it is sent, as on a quiet network: the FIN's sender then never retransmits its FIN, and the close
 * has exactly the segments the rule counts.
 */
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
  let waited = 0;
  const delayedAckTimer = story.current.timers.find((t) => t.side === second && t.kind === "delayed-ack");
  const ackDue = delayedAckTimer ? (delayedAckTimer.dueUs - story.current.nowUs) / 1_000_000 : 0;
  if (delayedAckTimer && gap > ackDue) {
    story.wait(ackDue);
    waited = ackDue;
  }
  if (story.hasInFlight({ from: second, exactly: ["ACK"] })) story.deliver({ from: second, exactly: ["ACK"] });
  if (gap > waited) story.wait(Math.round((gap - waited) * 1000) / 1000);
  const close2 = story.call("close", second);
  story.step({ deliver: "all" });
  return { client, server, first, second, story, fin1, finArrives, close2 };
}

const intro = (d: { client: Side; server: Side; first: Side; second: Side }, delayedAck: boolean, gap: number) =>
  L(
    `${sideWithRole(d.client, "client").en} and ${sideWithRole(d.server, "server").en} have an established connection${delayedAck ? " and use delayed ACKs (in this simulator an ACK may wait up to 0.2 s)" : " and do not delay ACKs: an ACK is sent as soon as what it acknowledges arrives"}. ${d.first} closes; when its FIN arrives, ${d.second} has nothing more to send, and its application calls close ${gap === 0 ? "right away" : `${secs(gap)} s later`}.`,
    `${sideWithRole(d.client, "client").zh}与 ${sideWithRole(d.server, "server").zh}之间已建立连接${delayedAck ? "，并启用了延迟确认（本模拟器中 ACK 最多可等待 0.2 秒）" : "，且不启用延迟确认：被确认的内容一到达就立即发送 ACK"}。${d.first} 关闭连接；它的 FIN 到达时 ${d.second} 已没有数据要发送，${d.second} 的应用${gap === 0 ? "随即" : `在 ${secs(gap)} 秒后`}调用 close。`,
  );

export const threeSegmentCloseFlags: Template = {
  id: "three-segment-close-flags",
  concept: "three-segment-close",
  kind: "flags",
  title: L("The FIN that carries the ACK", "携带 ACK 的 FIN"),
  build({ seed, rng, difficulty }) {
    // Within the delayed-ACK time (the FIN carries the ACK) or after it (the ACK leaves alone), in turn.
    const gap = difficulty === 1 ? rotate(seed, [0, 0.5]) : rotate(seed, [0, 0.5, 0.1, 1]);
    const d = delayedClose(rng, difficulty, true, gap);
    const { scenario, run } = d.story.finish();
    const reply = run.trace.segments.find((s) => s.id > d.fin1 && s.from === d.second)!;
    const flags = reply.flags;
    const rides = flags.includes("FIN");
    const distractors: Distractor[] = [
      { response: asFlags(rides ? ["ACK"] : ["FIN", "ACK"]), misconception: rides ? "delayed-ack-separate" : "delayed-ack-waits-forever" },
      // The sender is in CLOSE-WAIT: it has long received its peer's SYN, so its FIN carries ACK.
      ...(rides ? [{ response: asFlags(["FIN"]), misconception: "reply-missing-ack" as const }] : []),
    ];
    const i = intro(d, true, gap);
    return {
      prompt: L(
        `${i.en} Which control bits does the first segment ${d.second} sends after the FIN arrives carry?`,
        `${i.zh}FIN 到达后，${d.second} 发出的第一个报文段带有哪些控制位？`,
      ),
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
  build({ seed, rng, difficulty }) {
    // Three segments (delayed ACK, prompt close) or four (no delayed ACK, or a late close), in turn.
    const [delayedAck, gap] =
      difficulty === 1
        ? rotate(seed, [
            [true, 0],
            [false, 0],
          ] as const)
        : rotate(seed, [
            [true, 0],
            [false, 0.1],
            [true, 0.1],
            [true, 0.5],
          ] as const);
    const d = delayedClose(rng, difficulty, delayedAck, gap);
    const { scenario, run } = d.story.finish();
    const closing = run.trace.segments.filter((s) => s.id >= d.fin1);
    const key = closing.length;
    const i = intro(d, delayedAck, gap);
    const lines = closing.map((s) => `${s.from}→${s.to} ${flagsText(s.flags).en}`);
    const rule = delayedAck ? DELAYED_ACK_RULE : IMMEDIATE_ACK_RULE;
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
      distractors: numberDistractors(
        key === 3 ? [[4, "delayed-ack-separate"]] : [[3, delayedAck ? "delayed-ack-waits-forever" : "close-is-symmetric-with-open"]],
      ),
      explanation: {
        text: L(`${rule.en} In this example: ${lines.join("; ")}.`, `${rule.zh}本例中依次为：${lines.join("；")}。`),
        rfc: "3.6",
        diagram: explanationDiagram(
          run,
          d.close2,
          closing.map((s) => s.id),
        ),
      },
    };
  },
};
