import { seqAdd } from "../../tcp";
import { asNumber, numberInput } from "../inputs";
import { numberDistractors, wrapMistake } from "../number-question";
import { pickBytes, pickIsns } from "../params";
import { explanationDiagram } from "../state-question";
import { openConnection } from "../story";
import type { Template } from "../template";
import { L } from "../text";
import { questionDiagram } from "../trace-view";
import { topicStory, variantOf } from "./topic-kit";

/** Numbers in the data phase: cumulative acknowledgments and the Telnet echo of Kurose & Ross. */

const CUMULATIVE_RULE = L(
  "An acknowledgment number is the sequence number of the next byte the receiver expects: it acknowledges every byte before it, however many segments carried them (a cumulative ACK), so a lost ACK is covered by any later one.",
  "确认号是接收方期望收到的下一个字节的序列号：它确认此前的所有字节，无论它们由多少个报文段携带（累积确认），因此丢失的 ACK 会被之后的任何 ACK 覆盖。",
);

export const cumulativeAck: Template = {
  id: "cumulative-ack",
  concept: "data-phase",
  kind: "number",
  title: L("A cumulative acknowledgment", "累积确认"),
  build({ rng, difficulty }) {
    const isn = pickIsns(rng, difficulty);
    const story = topicStory({ isn });
    openConnection(story, "A", "B");
    const count = difficulty === 1 ? 2 : rng.int(2, 4);
    const sizes = Array.from({ length: count }, () => pickBytes(rng, difficulty));
    for (const [k, size] of sizes.entries()) {
      story.send("A", size);
      story.deliver({ from: "A" });
      if (k < count - 1) story.drop({ from: "B", exactly: ["ACK"] });
    }
    const shown = story.stepCount;
    const lastAck = story.inFlight({ from: "B", exactly: ["ACK"] });
    story.deliver({ from: "B", exactly: ["ACK"] });
    const { scenario, run } = story.finish();
    const key = lastAck.ack;
    const total = sizes.reduce((a, b) => a + b, 0);
    const lastStart = seqAdd(isn.A, 1 + total - sizes.at(-1)!);
    return {
      prompt: L(
        `A (ISN ${isn.A}) has an established connection with B and sends ${count} segments of ${sizes.join(", ")} bytes. All arrive, but B's ACKs of all except the last segment are lost. What acknowledgment number does B's last ACK carry?`,
        `A（ISN 为 ${isn.A}）与 B 之间有一个已建立的连接，A 发送了 ${count} 个报文段，分别为 ${sizes.join("、")} 字节。这些报文段都到达了，但 B 对除最后一个之外各报文段的 ACK 都丢失了。B 的最后一个 ACK 的确认号是多少？`,
      ),
      input: numberInput("ack", L("ack of B's last ACK", "B 的最后一个 ACK 的确认号 ack")),
      diagram: questionDiagram(scenario, shown - 1, [{ segment: lastAck.id - 1, field: "seq" }]),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`ack = ${key}`, `确认号 ack = ${key}`),
      distractors: [
        ...numberDistractors([
          [seqAdd(isn.A, 1 + sizes.at(-1)!), "ack-per-segment"],
          [seqAdd(isn.A, 1 + count), "ack-counts-segments"],
          [seqAdd(isn.A, total), "syn-takes-no-sequence-number"],
          [lastStart, "ack-number-as-seq"],
        ]),
        ...wrapMistake(isn.A, 1 + total),
      ],
      explanation: {
        text: L(
          `${CUMULATIVE_RULE.en} The data occupies ${isn.A} + 1 to ${isn.A} + ${total}, so B's last ACK says ack = ${isn.A} + 1 + ${total} = ${key}, acknowledging all ${count} segments at once; A retransmits nothing.`,
          `${CUMULATIVE_RULE.zh}数据占用序列号 ${isn.A} + 1 到 ${isn.A} + ${total}，所以 B 的最后一个 ACK 的 ack = ${isn.A} + 1 + ${total} = ${key}${seqAdd(isn.A, 1 + total) < isn.A ? "（按 2^32 取模回绕）" : ""}，一次确认了全部 ${count} 个报文段；A 无需重传。`,
        ),
        rfc: "3.4",
        diagram: explanationDiagram(run, run.trace.steps.length - 1),
      },
    };
  },
};

export const telnetEcho: Template = {
  id: "telnet-echo",
  concept: "data-phase",
  kind: "number",
  title: L("The Telnet echo", "Telnet 回显"),
  build({ rng, difficulty, seed }) {
    const asked = variantOf(seed, 3); // 0: seq of the echo, 1: ack of the echo, 2: ack of A's last ACK
    const isn = difficulty === 1 ? { A: rng.int(10, 99), B: rng.int(100, 999) } : pickIsns(rng, difficulty);
    const story = topicStory({ isn, delayedAck: true });
    openConnection(story, "A", "B");
    story.send("A", 1);
    const c = story.deliver({ from: "A" });
    // B's application echoes the character at once, so B's ACK rides on the echo.
    story.send("B", 1);
    const echo = story.deliver({ from: "B" });
    story.wait(0.2);
    const last = story.deliver({ from: "A", exactly: ["ACK"] });
    const { scenario, run } = story.finish();
    const seg = (id: number) => run.trace.segments[id - 1]!;
    const x = seg(c).seq;
    const y = seg(c).ack;
    const key = [seg(echo).seq, seg(echo).ack, seg(last).ack][asked]!;
    const what = [
      L("sequence number of B's echo segment", "B 的回显报文段的序列号 seq"),
      L("acknowledgment number of B's echo segment", "B 的回显报文段的确认号 ack"),
      L("acknowledgment number of A's ACK of the echo", "A 对回显的 ACK 的确认号 ack"),
    ][asked]!;
    const distractors = [
      numberDistractors([
        [seqAdd(x, 1), "ack-number-as-seq"],
        [seqAdd(y, 1), "forgot-data-length"],
      ]),
      numberDistractors([
        [x, "syn-takes-no-sequence-number"],
        [y, "ack-number-as-seq"],
      ]),
      numberDistractors([
        [y, "forgot-data-length"],
        [seqAdd(x, 1), "acked-own-number"],
      ]),
    ][asked]!;
    return {
      prompt: L(
        `Telnet, as in Kurose & Ross: the user at A types one character 'C'. A's segment carries seq = ${x}, ack = ${y} and 1 byte. B's application echoes the character back at once, so B's ACK rides on the echo, and A acknowledges the echo. What is the ${what.en}?`,
        `如 Kurose & Ross 书中的 Telnet 例子：A 端的用户键入一个字符 'C'。A 的报文段携带 seq = ${x}、ack = ${y} 和 1 字节数据。B 的应用立即回显该字符，所以 B 的 ACK 捎带在回显报文段上，随后 A 确认该回显。${what.zh} 是多少？`,
      ),
      input: numberInput(asked === 0 ? "seq" : "ack", what),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`The ${what.en} is ${key}.`, `${what.zh} 为 ${key}。`),
      distractors,
      explanation: {
        text: L(
          `${CUMULATIVE_RULE.en} B's echo starts at the byte A expects, seq = ${seg(echo).seq}, and acknowledges the one byte of 'C': ack = ${x} + 1 = ${seg(echo).ack}. A's ACK then says ack = ${seg(echo).seq} + 1 = ${seg(last).ack}, with seq = ${seg(last).seq}.`,
          `${CUMULATIVE_RULE.zh}B 的回显从 A 期望的字节开始，seq = ${seg(echo).seq}，并确认 'C' 这 1 个字节：ack = ${x} + 1 = ${seg(echo).ack}。随后 A 的 ACK 为 ack = ${seg(echo).seq} + 1 = ${seg(last).ack}，seq = ${seg(last).seq}。`,
        ),
        rfc: "3.4",
        diagram: explanationDiagram(run, run.trace.steps.length - 1),
      },
    };
  },
};
