import { other, seqAdd } from "../../tcp";
import { blanksQuestion } from "../blanks-question";
import { segmentText } from "../describe";
import { asNumber, numberInput } from "../inputs";
import { numberDistractors, wrapMistake } from "../number-question";
import { pickClient, pickIsnsWrapping } from "../params";
import { segmentOf, stepSending } from "../run-read";
import { explanationDiagram } from "../state-question";
import { openConnection, Story } from "../story";
import type { Template } from "../template";
import { L, sideWithRole } from "../text";
import { questionDiagram } from "../trace-view";

const SYN_RULE = L(
  "A SYN carries no data but consumes one sequence number, so the segment that acknowledges a SYN with seq=x carries ack=x+1, and the SYN's sender continues at x+1.",
  "SYN 不携带数据，但要消耗一个序列号：确认 seq=x 的 SYN 时确认号为 x+1，SYN 的发送方随后从 x+1 开始编号。",
);

function handshakeRun(rng: Parameters<Template["build"]>[0]["rng"], difficulty: Parameters<Template["build"]>[0]["difficulty"]) {
  const client = pickClient(rng);
  const server = other(client);
  // The client's ISN may sit at 2^32 - 1 (level 3) so that x + 1 wraps; or the server's.
  const story = new Story({ isn: pickIsnsWrapping(rng, difficulty, rng.pick([client, server])) });
  const open = openConnection(story, client, server);
  const { scenario, run } = story.finish();
  return { client, server, open, scenario, run, syn: segmentOf(run, open.syn), synAck: segmentOf(run, open.synAck), ack: segmentOf(run, open.ack) };
}

const intro = (client: "A" | "B", server: "A" | "B") =>
  L(
    `${sideWithRole(client, "client").en} opens a connection to ${sideWithRole(server, "server").en}.`,
    `${sideWithRole(client, "client").zh}向 ${sideWithRole(server, "server").zh}发起连接。`,
  );

export const handshakeSynAckAck: Template = {
  id: "handshake-synack-ack",
  concept: "handshake-numbers",
  kind: "number",
  title: L("The acknowledgment number of the SYN,ACK", "SYN,ACK 的确认号"),
  build({ rng, difficulty }) {
    const h = handshakeRun(rng, difficulty);
    const key = h.synAck.ack;
    const i = intro(h.client, h.server);
    return {
      prompt: L(
        `${i.en} Its SYN carries seq=${h.syn.seq}; ${h.server} answers with a SYN,ACK whose own seq is ${h.synAck.seq}. What acknowledgment number (ack) does that SYN,ACK carry?`,
        `${i.zh}它的 SYN 报文段 seq=${h.syn.seq}；${h.server} 用 SYN,ACK 应答，其自身的 seq 为 ${h.synAck.seq}。这个 SYN,ACK 的确认号 ack 是多少？`,
      ),
      input: numberInput("ack", L("ack of the SYN,ACK", "SYN,ACK 的确认号 ack")),
      diagram: questionDiagram(h.scenario, stepSending(h.run, h.open.syn) + 1),
      scenario: h.scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`ack = ${key}`, `确认号 ack = ${key}`),
      distractors: [
        ...numberDistractors([
          [h.syn.seq, "syn-takes-no-sequence-number"],
          [seqAdd(h.synAck.seq, 1), "acked-own-number"],
          [h.synAck.seq, "ack-number-as-seq"],
        ]),
        ...wrapMistake(h.syn.seq, 1),
      ],
      explanation: {
        text: L(
          `${SYN_RULE.en} Here x=${h.syn.seq}, so ${segmentText(h.synAck).en} acknowledges ${key}${key < h.syn.seq ? " (the sum wraps modulo 2^32)" : ""}.`,
          `${SYN_RULE.zh}本例中 x=${h.syn.seq}，所以${segmentText(h.synAck).zh}的确认号是 ${key}${key < h.syn.seq ? "（按 2^32 取模回绕）" : ""}。`,
        ),
        rfc: "3.4",
        diagram: explanationDiagram(h.run, stepSending(h.run, h.open.synAck), [h.open.syn, h.open.synAck]),
      },
    };
  },
};

export const handshakeThirdSegment: Template = {
  id: "handshake-third-segment",
  concept: "handshake-numbers",
  kind: "number",
  title: L("Numbers of the third handshake segment", "第三个握手报文段的序列号与确认号"),
  build({ rng, difficulty }) {
    const h = handshakeRun(rng, difficulty);
    const field = rng.pick(["seq", "ack"] as const);
    const key = h.ack[field];
    const i = intro(h.client, h.server);
    const distractors =
      field === "seq"
        ? [
            ...numberDistractors([
              [h.syn.seq, "syn-takes-no-sequence-number"],
              [seqAdd(h.synAck.seq, 1), "ack-number-as-seq"],
            ]),
            ...wrapMistake(h.syn.seq, 1),
          ]
        : [
            ...numberDistractors([
              [h.synAck.seq, "syn-takes-no-sequence-number"],
              [seqAdd(h.syn.seq, 1), "acked-own-number"],
            ]),
            ...wrapMistake(h.synAck.seq, 1),
          ];
    const fieldName = field === "seq" ? L("sequence number (seq)", "序列号 seq") : L("acknowledgment number (ack)", "确认号 ack");
    return {
      prompt: L(
        `${i.en} The SYN carries seq=${h.syn.seq} and the SYN,ACK carries seq=${h.synAck.seq}. What ${fieldName.en} does the third segment, ${h.client}'s ACK, carry?`,
        `${i.zh}SYN 的 seq=${h.syn.seq}，SYN,ACK 的 seq=${h.synAck.seq}。第三个报文段（${h.client} 发出的 ACK）的${fieldName.zh} 是多少？`,
      ),
      input: numberInput(field, L(`${field} of the third segment`, `第三个报文段的 ${field}`)),
      diagram: questionDiagram(h.scenario, stepSending(h.run, h.open.synAck) + 1, [{ segment: h.open.synAck, field: "ack" }]),
      scenario: h.scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${field} = ${key}`, `${fieldName.zh} = ${key}`),
      distractors,
      explanation: {
        text: L(
          `${SYN_RULE.en} The third segment continues ${h.client}'s numbering after its SYN (seq=${h.ack.seq}) and acknowledges ${h.server}'s SYN (ack=${h.ack.ack}).`,
          `${SYN_RULE.zh}第三个报文段接着 ${h.client} 的 SYN 之后编号（seq=${h.ack.seq}），并确认 ${h.server} 的 SYN（ack=${h.ack.ack}）。`,
        ),
        rfc: "3.10.7.3",
        diagram: explanationDiagram(h.run, stepSending(h.run, h.open.ack), [h.open.ack]),
      },
    };
  },
};

export const handshakeBlanks: Template = {
  id: "handshake-blanks",
  concept: "handshake-numbers",
  kind: "diagram-blanks",
  title: L("Fill in the three-way handshake", "补全三次握手时序图"),
  build({ rng, difficulty }) {
    const h = handshakeRun(rng, difficulty);
    const blanks = [
      {
        target: { segment: h.open.synAck, field: "ack" as const },
        mistakes: [
          { value: h.syn.seq, misconception: "syn-takes-no-sequence-number" as const },
          { value: seqAdd(h.synAck.seq, 1), misconception: "acked-own-number" as const },
        ],
      },
      {
        target: { segment: h.open.ack, field: "seq" as const },
        mistakes: [
          { value: h.syn.seq, misconception: "syn-takes-no-sequence-number" as const },
          { value: seqAdd(h.synAck.seq, 1), misconception: "ack-number-as-seq" as const },
        ],
      },
      {
        target: { segment: h.open.ack, field: "ack" as const },
        mistakes: [
          { value: h.synAck.seq, misconception: "syn-takes-no-sequence-number" as const },
          { value: seqAdd(h.syn.seq, 1), misconception: "acked-own-number" as const },
        ],
      },
    ];
    const synArrives = h.run.trace.steps.find((s) => s.received.includes(h.open.syn))!.i;
    const synAckArrives = h.run.trace.steps.find((s) => s.received.includes(h.open.synAck))!.i;
    const states =
      difficulty === 1
        ? []
        : [
            {
              target: { step: synArrives, side: h.server, field: "state" as const },
              mistakes: [
                { value: "LISTEN", misconception: "state-not-updated" as const },
                { value: "ESTABLISHED", misconception: "skipped-syn-received" as const },
              ],
            },
            {
              target: { step: synAckArrives, side: h.client, field: "state" as const },
              mistakes: [
                { value: "SYN-SENT", misconception: "state-not-updated" as const },
                { value: "SYN-RECEIVED", misconception: "client-syn-received" as const },
              ],
            },
          ];
    return blanksQuestion({
      run: h.run,
      scenario: h.scenario,
      shownSteps: h.run.trace.steps.length,
      blanks: [...blanks, ...states],
      prompt: L(
        `${intro(h.client, h.server).en} Fill in the numbered blanks of the sequence diagram.`,
        `${intro(h.client, h.server).zh}请填写时序图中编号的空格。`,
      ),
      explanation: L(
        `${SYN_RULE.en} So the SYN,ACK acknowledges ${h.synAck.ack}, and the third segment carries seq=${h.ack.seq}, ack=${h.ack.ack}. ${h.server} enters SYN-RECEIVED when the SYN arrives; ${h.client} enters ESTABLISHED when the SYN,ACK arrives.`,
        `${SYN_RULE.zh}因此 SYN,ACK 的确认号为 ${h.synAck.ack}，第三个报文段 seq=${h.ack.seq}、ack=${h.ack.ack}。${h.server} 收到 SYN 时进入 SYN-RECEIVED；${h.client} 收到 SYN,ACK 时进入 ESTABLISHED。`,
      ),
      rfc: "3.5",
      highlightStep: synAckArrives,
    });
  },
};
