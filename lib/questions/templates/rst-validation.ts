import { seqAdd } from "../../tcp";
import { choices, type ChoiceOption } from "../choice-question";
import { asNumber, numberInput } from "../inputs";
import type { KnownMisconception } from "../misconceptions";
import { numberDistractors } from "../number-question";
import { pickBytes, pickIsns } from "../params";
import { explanationDiagram } from "../state-question";
import { openConnection } from "../story";
import type { Template } from "../template";
import { L } from "../text";
import { questionDiagram } from "../trace-view";
import { topicStory, variantOf } from "./topic-kit";

/** RFC 5961 in practice: which RSTs and SYNs a synchronized endpoint believes. */

const RFC5961_RULE = L(
  "RFC 5961 makes blind attacks harder: in a synchronized state a RST resets the connection only if its sequence number is exactly RCV.NXT; a RST elsewhere in the receive window gets a challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> (a genuine peer then sends a RST at exactly RCV.NXT), and a RST outside the window is dropped silently. Any SYN in a synchronized state also gets the challenge ACK.",
  "RFC 5961 使盲攻击更难得逞：在已同步的状态下，只有序列号恰为 RCV.NXT 的 RST 才会复位连接；序列号在接收窗口内其他位置的 RST 得到挑战 ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>（真正的对端随后会发送序列号恰为 RCV.NXT 的 RST），窗口外的 RST 被静默丢弃。已同步状态下收到的任何 SYN 也会得到挑战 ACK。",
);

/** A and B established, some data from A to B; returns B's RCV.NXT. */
function establishedWithData(rng: Parameters<Template["build"]>[0]["rng"], difficulty: 1 | 2 | 3) {
  const story = topicStory({ isn: pickIsns(rng, difficulty) });
  openConnection(story, "A", "B");
  const bytes = pickBytes(rng, difficulty);
  story.send("A", bytes);
  story.step({ deliver: "all" });
  return { story, bytes };
}

export const rstWindowOutcome: Template = {
  id: "rst-window-outcome",
  concept: "rst-validation",
  kind: "choice",
  title: L("Which RST resets a connection", "哪种 RST 会复位连接"),
  build({ rng, difficulty, seed }) {
    const variant = variantOf(seed, 3); // 0: exactly RCV.NXT, 1: in the window, 2: outside it
    const { story } = establishedWithData(rng, difficulty);
    const rcvNxt = story.current.tcb.B.rcvNxt;
    const offset = variant === 0 ? 0 : variant === 1 ? rng.int(1, 65534) : rng.int(65535, 2 ** 30);
    const rstSeq = seqAdd(rcvNxt, difficulty === 3 && variant === 2 && rng.chance(0.5) ? -rng.int(1, 100_000) : offset);
    const shown = story.stepCount;
    story.step({ inject: { to: "B", flags: ["RST"], seq: rstSeq, ack: 0, len: 0 } });
    const arrives = story.stepCount;
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const after = run.trace.steps[arrives]!;
    const reset = after.states.B === "CLOSED";
    const challenged = after.sent.length > 0;
    const wrong: Record<"reset" | "challenge" | "drop", KnownMisconception> = {
      reset: variant === 1 ? "any-rst-resets" : "rst-out-of-window-accepted",
      challenge: variant === 0 ? "exact-rst-challenged" : "out-of-window-rst-answered",
      drop: variant === 0 ? "rst-ignored" : "in-window-rst-ignored",
    };
    const options: ChoiceOption[] = [
      {
        text: L("B resets the connection: it goes to CLOSED and sends nothing.", "B 复位连接：进入 CLOSED，不发送任何报文段。"),
        correct: reset,
        misconception: wrong.reset,
        about: { side: "B", step: arrives },
      },
      {
        text: L("B stays ESTABLISHED and answers with a challenge ACK.", "B 保持 ESTABLISHED，并用挑战 ACK 应答。"),
        correct: !reset && challenged,
        misconception: wrong.challenge,
      },
      {
        text: L("B stays ESTABLISHED and drops the RST silently.", "B 保持 ESTABLISHED，并静默丢弃该 RST。"),
        correct: !reset && !challenged,
        misconception: wrong.drop,
        about: { side: "B", step: arrives },
      },
      { text: L("B answers with a RST of its own.", "B 用自己的 RST 应答。"), correct: false, misconception: "rst-acknowledged" },
    ];
    return {
      prompt: L(
        `A and B have an established connection; B's RCV.NXT is ${rcvNxt} and its receive window is 65535 bytes. A RST with seq = ${rstSeq} arrives at B (perhaps forged by an attacker). What does B do?`,
        `A 与 B 之间有一个已建立的连接；B 的 RCV.NXT 为 ${rcvNxt}，接收窗口为 65535 字节。一个 seq = ${rstSeq} 的 RST 到达 B（可能是攻击者伪造的）。B 如何处理？`,
      ),
      ...choices(rng, options),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: L(
          `${RFC5961_RULE.en} Here seq = ${rstSeq} is ${variant === 0 ? "exactly RCV.NXT, so B resets" : variant === 1 ? "inside the window but not RCV.NXT, so B sends the challenge ACK" : "outside the window, so B drops it"}.`,
          `${RFC5961_RULE.zh}本例中 seq = ${rstSeq}${variant === 0 ? " 恰为 RCV.NXT，所以 B 复位连接" : variant === 1 ? " 在窗口内但不等于 RCV.NXT，所以 B 发送挑战 ACK" : " 在窗口之外，所以 B 丢弃它"}。`,
        ),
        rfc: "3.10.7.4",
        diagram: explanationDiagram(run, arrives),
      },
    };
  },
};

export const challengeAckNumbers: Template = {
  id: "challenge-ack-numbers",
  concept: "rst-validation",
  kind: "number",
  title: L("The numbers of a challenge ACK", "挑战 ACK 的序列号与确认号"),
  build({ rng, difficulty, seed }) {
    const askAck = variantOf(seed, 2) === 0;
    const { story, bytes } = establishedWithData(rng, difficulty);
    const b = story.current.tcb.B;
    const synSeq = rng.int(0, 2 ** 32 - 1);
    story.step({ inject: { to: "B", flags: ["SYN"], seq: synSeq, ack: 0, len: 0 } });
    const arrives = story.stepCount;
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const reply = run.trace.segments[run.trace.steps[arrives]!.sent[0]! - 1]!;
    const key = askAck ? reply.ack : reply.seq;
    const field = askAck ? L("acknowledgment number", "确认号 ack") : L("sequence number", "序列号 seq");
    return {
      prompt: L(
        `A (ISN ${b.irs}) and B (ISN ${b.iss}) have an established connection, and A has sent ${bytes} bytes that B received and acknowledged. Now a SYN with seq = ${synSeq} arrives at B (a stale or forged connection request). B answers with a challenge ACK. What is its ${field.en}?`,
        `A（ISN 为 ${b.irs}）与 B（ISN 为 ${b.iss}）之间有一个已建立的连接，A 已发送 ${bytes} 字节，B 已收到并确认。此时一个 seq = ${synSeq} 的 SYN 到达 B（过时的或伪造的连接请求）。B 用挑战 ACK 应答。该挑战 ACK 的${field.zh} 是多少？`,
      ),
      input: numberInput(askAck ? "ack" : "seq", L(`${field.en} of the challenge ACK`, `挑战 ACK 的${field.zh}`)),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${askAck ? "ack" : "seq"} = ${key}`, `${askAck ? "确认号 ack" : "序列号 seq"} = ${key}`),
      distractors: askAck
        ? numberDistractors([
            [seqAdd(synSeq, 1), "syn-in-established-restarts"],
            [b.sndNxt, "ack-number-as-seq"],
          ])
        : numberDistractors([
            [b.iss, "syn-in-established-restarts"],
            [b.rcvNxt, "ack-number-as-seq"],
          ]),
      explanation: {
        text: L(
          `${RFC5961_RULE.en} The challenge ACK carries B's current numbers, not anything from the SYN: seq = SND.NXT = ${reply.seq}, ack = RCV.NXT = ${reply.ack}. If A has really restarted, the ACK does not fit its new SYN-SENT and A answers with a RST at exactly RCV.NXT, which B accepts.`,
          `${RFC5961_RULE.zh}挑战 ACK 携带 B 当前的序列号和确认号，而不是 SYN 中的任何值：seq = SND.NXT = ${reply.seq}，ack = RCV.NXT = ${reply.ack}。如果 A 确实已经重启，这个 ACK 与它新的 SYN-SENT 不符，A 会用序列号恰为 RCV.NXT 的 RST 应答，B 接受该 RST。`,
        ),
        rfc: "3.10.7.4",
        diagram: explanationDiagram(run, arrives),
      },
    };
  },
};
