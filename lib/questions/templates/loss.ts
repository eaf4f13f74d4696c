import { other, seqAdd, toSeconds, type Side } from "../../tcp";
import { stepText } from "../describe";
import { asNumber, asState, numberInput } from "../inputs";
import { numberDistractors } from "../number-question";
import { pickClient, pickIsns, pickRto, rotate } from "../params";
import type { Rng } from "../random";
import { segmentOf, stateAt, stepSending } from "../run-read";
import { explanationDiagram, stateQuestion } from "../state-question";
import { openConnection, runScenario, Story } from "../story";
import type { Template } from "../template";
import { L, secs } from "../text";
import { questionDiagram } from "../trace-view";
import type { Difficulty, Distractor } from "../types";

const RETRANSMIT_RULE = L(
  "Every segment that occupies sequence space (data, SYN, FIN) stays on the retransmission queue until it is acknowledged. When its timer expires it is sent again with the same sequence number, and the timeout doubles for the next try (exponential backoff); a bare ACK is never retransmitted.",
  "每个占用序列号的报文段（数据、SYN、FIN）在被确认之前都留在重传队列中。计时器到期时，它以相同的序列号被重新发送，并且下一次的超时时间加倍（指数退避）；纯 ACK 从不重传。",
);

export const lossSynBackoff: Template = {
  id: "loss-syn-backoff",
  concept: "loss",
  kind: "number",
  title: L("Retransmitting a lost SYN with backoff", "SYN 丢失后的重传与退避"),
  build({ seed, rng, difficulty }) {
    const client = pickClient(rng);
    const server = other(client);
    // Level 1 takes the textbook timeout of 1 s (RFC 6298) or the older 3 s, with 2 or 3 losses, in turn.
    const [rto, losses] =
      difficulty === 1
        ? rotate(seed, [
            [1, 2],
            [1, 3],
            [3, 2],
            [3, 3],
          ] as const)
        : [pickRto(rng, difficulty), difficulty === 2 ? rng.int(2, 3) : rng.int(3, 4)];
    const story = new Story({ isn: pickIsns(rng, difficulty), rto, maxRetries: 6 });
    story.call("listen", server);
    story.call("connect", client);
    // Lose the SYN `losses` times, waiting each time exactly until the engine's retransmission timer fires.
    for (let k = 0; k < losses; k++) {
      story.drop({ from: client, flags: ["SYN"] });
      const timer = story.current.timers.find((t) => t.side === client && t.kind === "retransmission")!;
      story.wait(toSeconds(timer.dueUs - story.current.nowUs));
    }
    const lastSyn = story.inFlight({ from: client, flags: ["SYN"] }).id;
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const key = run.trace.steps[stepSending(run, lastSyn)]!.t;
    const lastWait = key - run.trace.steps[stepSending(run, lastSyn) - 2]!.t;
    const ordinal = (n: number) => L(["first", "second", "third", "fourth", "fifth"][n - 1]!, `第${["一", "二", "三", "四", "五"][n - 1]}`);
    return {
      prompt: L(
        `${client} connects to ${server}, which is listening. ${client}'s initial retransmission timeout is ${rto} s. The first ${losses} transmissions of the SYN are lost (the SYN and ${losses - 1 === 1 ? "its first retransmission" : `its first ${losses - 1} retransmissions`}). How many seconds after the first SYN does the ${ordinal(losses + 1).en} transmission of the SYN leave ${client}?`,
        `${client} 向正在监听的 ${server} 发起连接，${client} 的初始重传超时时间为 ${rto} 秒。SYN 的前 ${losses} 次发送都丢失了（首次发送和${losses - 1 === 1 ? "第一次重传" : `前 ${losses - 1} 次重传`}）。${client} ${ordinal(losses + 1).zh}次发送 SYN 是在第一次发送之后多少秒？`,
      ),
      input: numberInput("seconds", L("seconds after the first SYN", "距第一次发送 SYN 的秒数")),
      diagram: questionDiagram(scenario, 3),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${secs(key)} seconds`, `${secs(key)} 秒`),
      distractors: numberDistractors([
        [losses * rto, "no-backoff"],
        [lastWait, "backoff-not-summed"],
      ]),
      explanation: {
        text: L(
          `${RETRANSMIT_RULE.en} The waits are ${rto} s, then ${Array.from({ length: losses - 1 }, (_, k) => `${secs(rto * 2 ** (k + 1))} s`).join(", then ")}: in all ${secs(key)} s.`,
          `${RETRANSMIT_RULE.zh}各次等待依次为 ${rto} 秒、${Array.from({ length: losses - 1 }, (_, k) => `${secs(rto * 2 ** (k + 1))} 秒`).join("、")}：合计 ${secs(key)} 秒。`,
        ),
        rfc: "3.8.1",
        diagram: explanationDiagram(run, stepSending(run, lastSyn), [lastSyn]),
      },
    };
  },
};

type LostKind = "SYN" | "SYN,ACK" | "FIN" | "last ACK";

/** A connection where one segment of the given kind is lost; returns the step of the loss. */
function lossStory(rng: Rng, difficulty: Difficulty, lost: LostKind) {
  const client = pickClient(rng);
  const server = other(client);
  const story = new Story({ isn: pickIsns(rng, difficulty), rto: pickRto(rng, difficulty) });
  let sender: Side;
  if (lost === "SYN" || lost === "SYN,ACK") {
    story.call("listen", server);
    story.call("connect", client);
    if (lost === "SYN,ACK") story.deliver({ from: client, flags: ["SYN"] });
    sender = lost === "SYN" ? client : server;
  } else {
    openConnection(story, client, server);
    const first = rng.pick([client, server]);
    if (lost === "FIN") {
      story.call("close", first);
      sender = first;
    } else {
      story.call("close", first);
      story.deliver({ from: first, flags: ["FIN"] });
      story.deliver({ from: other(first), exactly: ["ACK"] });
      story.call("close", other(first));
      story.deliver({ from: other(first), flags: ["FIN"] });
      sender = first;
    }
  }
  const lostId = story.drop({ from: sender, flags: lost === "last ACK" ? undefined : (lost.split(",") as ("SYN" | "ACK" | "FIN")[]) });
  const lossStep = story.stepCount - 1;
  return { client, server, sender, receiver: other(sender), story, lostId, lossStep };
}

const LOST_NAME: Record<LostKind, { en: string; zh: string }> = {
  SYN: { en: "SYN", zh: "SYN" },
  "SYN,ACK": { en: "SYN,ACK", zh: "SYN,ACK" },
  FIN: { en: "FIN", zh: "FIN" },
  "last ACK": { en: "last ACK", zh: "最后一个 ACK" },
};

/** "The FIN never arrives" as one whole sentence per kind (no article or demonstrative glued in front of a name). */
const NEVER_ARRIVES: Record<LostKind, { en: string; zh: string }> = {
  SYN: { en: "the SYN never arrives", zh: "这个 SYN 没有到达" },
  "SYN,ACK": { en: "the SYN,ACK never arrives", zh: "这个 SYN,ACK 没有到达" },
  FIN: { en: "the FIN never arrives", zh: "这个 FIN 没有到达" },
  "last ACK": { en: "the last ACK never arrives", zh: "最后一个 ACK 没有到达" },
};

export const lossRetransmissionSeq: Template = {
  id: "loss-retransmission-seq",
  concept: "loss",
  kind: "number",
  title: L("The sequence number of a retransmission", "重传报文段的序列号"),
  build({ rng, difficulty }) {
    const lost = rng.pick<LostKind>(difficulty === 1 ? ["SYN", "FIN"] : ["SYN", "SYN,ACK", "FIN"]);
    const l = lossStory(rng, difficulty, lost);
    const lostSegment = l.story.current.segments[l.lostId - 1]!;
    const timer = l.story.current.timers.find((t) => t.side === l.sender && t.kind === "retransmission" && t.seq === lostSegment.seq)!;
    l.story.wait(toSeconds(timer.dueUs - l.story.current.nowUs));
    const { scenario, run } = l.story.finish();
    const retx = run.trace.segments.find((s) => s.id > l.lostId && s.from === l.sender && s.flags.join() === lostSegment.flags.join())!;
    const key = retx.seq;
    const seg = segmentOf(run, l.lostId);
    const distractors: Distractor[] = numberDistractors([
      [seqAdd(seg.seq, 1), "retransmit-new-number"],
      ...(seg.flags.includes("ACK") ? ([[seg.ack, "ack-number-as-seq"]] as const) : []),
    ]);
    return {
      prompt: L(
        `${l.sender}'s ${LOST_NAME[lost].en} (seq=${seg.seq}) is lost. When ${l.sender}'s retransmission timer expires it sends the segment again. What sequence number does the retransmission carry?`,
        `${l.sender} 发出的 ${LOST_NAME[lost].zh}（seq=${seg.seq}）丢失了。${l.sender} 的重传计时器到期后再次发送该报文段。重传报文段的序列号 seq 是多少？`,
      ),
      input: numberInput("seq", L("seq of the retransmission", "重传报文段的 seq")),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`seq = ${key}, the same as the lost segment`, `seq = ${key}，与丢失的报文段相同`),
      distractors,
      explanation: {
        text: L(
          `${RETRANSMIT_RULE.en} Segment ${retx.id} repeats segment ${seg.id}: seq=${retx.seq}.`,
          `${RETRANSMIT_RULE.zh}报文段 ${retx.id} 重复了报文段 ${seg.id}：seq=${retx.seq}。`,
        ),
        rfc: "3.8.1",
        diagram: explanationDiagram(run, stepSending(run, retx.id), [seg.id, retx.id]),
      },
    };
  },
};

export const lossStateAfterLoss: Template = {
  id: "loss-state-after-loss",
  concept: "loss",
  kind: "state",
  title: L("States while a segment is lost", "报文段丢失后的状态"),
  build({ seed, rng, difficulty }) {
    // Which segment is lost and whose state is asked, taken in turn by seed: every pair has its own
    // key, so a class's consecutive seeds spread their answers evenly.
    const kinds: readonly LostKind[] = difficulty === 1 ? ["FIN", "last ACK"] : ["SYN", "SYN,ACK", "FIN", "last ACK"];
    const lost = rotate(seed, kinds);
    const l = lossStory(rng, difficulty, lost);
    const { scenario, run } = l.story.finish();
    const side = rotate(seed, [l.sender, l.receiver], kinds.length);
    // What the state would have been had the segment arrived: the same story with a delivery instead of the loss.
    const delivered = runScenario({ ...scenario, steps: [...scenario.steps.slice(0, l.lossStep), { deliver: l.lostId }] });
    const ifArrived = stateAt(delivered, l.lossStep, side);
    const seg = segmentOf(run, l.lostId);
    // A bare ACK has no timer of its own: what will repair the loss is the peer's FIN timer.
    const timerSide = lost === "last ACK" ? l.receiver : l.sender;
    return stateQuestion({
      run,
      scenario,
      step: l.lossStep,
      side,
      prompt: L(
        `In the exchange shown, ${stepText(run, scenario, l.lossStep).en}: ${NEVER_ARRIVES[lost].en}, and ${timerSide}'s retransmission timer has not expired yet. What state is ${side} in now?`,
        `在图示的交互中，${stepText(run, scenario, l.lossStep).zh}：${NEVER_ARRIVES[lost].zh}，且 ${timerSide} 的重传计时器尚未到期。此时 ${side} 处于什么状态？`,
      ),
      otherSideMistake: "other-side-state",
      extraDistractors: [{ response: asState(ifArrived), misconception: "lost-segment-counted" }],
      lead: L(
        `A lost segment changes nothing at its receiver, and its sender stays where sending put it until an acknowledgment arrives. ${lost === "last ACK" ? "A bare ACK is not retransmitted: the peer retransmits its FIN instead." : `${l.sender} will retransmit segment ${seg.id} when its timer expires.`}`,
        `丢失的报文段不会改变接收方的状态；发送方停留在发送后所处的状态，直到收到确认。${lost === "last ACK" ? "纯 ACK 不会被重传：对方会重传它的 FIN。" : `${l.sender} 会在计时器到期时重传报文段 ${seg.id}。`}`,
      ),
      rfc: "3.8.1",
      shownSteps: l.lossStep + 1,
    });
  },
};
