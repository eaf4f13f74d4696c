import { seqAdd } from "../../tcp";
import { blanksQuestion, type BlankSpecWithMistakes } from "../blanks-question";
import { asNumber, numberInput } from "../inputs";
import { numberDistractors, wrapMistake } from "../number-question";
import { pickBytes } from "../params";
import { segmentOf, stepSending } from "../run-read";
import { closeIntro, closeSetup } from "../setups";
import { explanationDiagram } from "../state-question";
import type { Template } from "../template";
import { L } from "../text";
import { questionDiagram } from "../trace-view";

const FIN_RULE = L(
  "A FIN carries no data but consumes one sequence number, like a SYN: the ACK of a FIN with seq=u carries ack=u+1. Data bytes advance the sequence numbers by their length.",
  "FIN 与 SYN 一样不携带数据却要消耗一个序列号：确认 seq=u 的 FIN 时，确认号为 u+1。数据则按字节数推进序列号。",
);

export const teardownFinAck: Template = {
  id: "teardown-fin-ack",
  concept: "teardown-numbers",
  kind: "number",
  title: L("Acknowledging the first FIN", "对第一个 FIN 的确认号"),
  build({ rng, difficulty }) {
    const s = closeSetup(rng, difficulty, { dataBeforeClose: difficulty > 1, wrapFinAck: true });
    const { scenario, run } = s.story.finish();
    const fin = segmentOf(run, s.close.fin1);
    const key = segmentOf(run, s.close.ack1).ack;
    const syn = run.trace.segments.find((seg) => seg.from === s.first && seg.flags.includes("SYN"))!;
    const data = s.dataBeforeClose;
    const sent = data ? L(` After the handshake it sent ${data} bytes, all acknowledged.`, `握手之后它发送了 ${data} 字节数据，均已被确认。`) : L("", "");
    return {
      prompt: L(
        `${closeIntro(s).en} ${s.first}'s SYN carried seq=${syn.seq}.${sent.en} What acknowledgment number does ${s.second}'s ACK of ${s.first}'s FIN carry?`,
        `${closeIntro(s).zh}${s.first} 的 SYN 报文段 seq=${syn.seq}。${sent.zh}${s.second} 对 ${s.first} 的 FIN 的确认报文段中，确认号 ack 是多少？`,
      ),
      input: numberInput("ack", L("ack of the ACK of the FIN", "确认 FIN 的报文段的 ack")),
      diagram: questionDiagram(scenario, s.close.steps.close1),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`ack = ${key}`, `确认号 ack = ${key}`),
      distractors: [
        ...numberDistractors([
          [fin.seq, "fin-takes-no-sequence-number"],
          ...(data ? ([[seqAdd(syn.seq, 2), "forgot-data-length"]] as const) : []),
          // One number too many (ISN + 3 at level 1): as if the pure ACK of the handshake had consumed one.
          [seqAdd(fin.seq, 2), "pure-ack-takes-a-number"],
        ]),
        // The whole sum ISN + 1 + data + 1 without the modulo, wherever it wraps.
        ...wrapMistake(syn.seq, 2 + data),
      ],
      explanation: {
        text: L(
          `${FIN_RULE.en} ${s.first}'s FIN has seq=u=${fin.seq} (its ISN ${syn.seq}, plus 1 for the SYN${data ? `, plus ${data} data bytes` : ""}), so ${s.second} acknowledges ${key}${key < syn.seq ? " (the sum wraps around modulo 2^32)" : ""}.`,
          `${FIN_RULE.zh}${s.first} 的 FIN 的 seq=u=${fin.seq}（初始序列号 ${syn.seq}，加上 SYN 占用的 1${data ? `，再加 ${data} 字节数据` : ""}），所以 ${s.second} 的确认号为 ${key}${key < syn.seq ? "（按 2^32 取模回绕）" : ""}。`,
        ),
        rfc: "3.10.7.4",
        diagram: explanationDiagram(run, stepSending(run, s.close.ack1), [s.close.fin1, s.close.ack1]),
      },
    };
  },
};

export const teardownSecondFin: Template = {
  id: "teardown-second-fin",
  concept: "teardown-numbers",
  kind: "number",
  title: L("The second FIN after data in the half-close", "半关闭期间发送数据后的第二个 FIN"),
  build({ rng, difficulty }) {
    const bytes = pickBytes(rng, difficulty);
    const s = closeSetup(rng, difficulty, { halfCloseBytes: bytes });
    const { scenario, run } = s.story.finish();
    const data = segmentOf(run, s.close.data!);
    const fin2 = segmentOf(run, s.close.fin2);
    const ack2 = segmentOf(run, s.close.ack2);
    const ack1 = segmentOf(run, s.close.ack1);
    const field = difficulty === 1 ? "seq" : rng.pick(["seq", "ack"] as const);
    const key = field === "seq" ? fin2.seq : ack2.ack;
    const distractors =
      field === "seq"
        ? [
            ...numberDistractors([
              [data.seq, "forgot-data-length"],
              [seqAdd(data.seq, 1), "forgot-data-length"],
            ]),
            ...wrapMistake(data.seq, bytes),
          ]
        : [
            ...numberDistractors([
              [fin2.seq, "fin-takes-no-sequence-number"],
              [seqAdd(data.seq, 1), "forgot-data-length"],
              [ack1.ack, "acked-own-number"],
            ]),
            ...wrapMistake(fin2.seq, 1),
          ];
    const asked =
      field === "seq"
        ? L(`What sequence number does ${s.second}'s FIN carry?`, `${s.second} 的 FIN 的序列号 seq 是多少？`)
        : L(`What acknowledgment number does ${s.first}'s last ACK carry?`, `${s.first} 发出的最后一个 ACK 的确认号 ack 是多少？`);
    return {
      prompt: L(
        `${closeIntro(s).en} After acknowledging the FIN, ${s.second} still sends ${bytes} bytes (seq=${data.seq}), then closes too. ${asked.en}`,
        `${closeIntro(s).zh}${s.second} 确认 FIN 之后仍发送了 ${bytes} 字节数据（seq=${data.seq}），随后也关闭连接。${asked.zh}`,
      ),
      input: numberInput(field, field === "seq" ? L("seq of the second FIN", "第二个 FIN 的 seq") : L("ack of the last ACK", "最后一个 ACK 的 ack")),
      diagram: questionDiagram(scenario, stepSending(run, s.close.data!) + 1),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${field} = ${key}`, `${field === "seq" ? "序列号 seq" : "确认号 ack"} = ${key}`),
      distractors,
      explanation: {
        text: L(
          `${FIN_RULE.en} The half-close leaves ${s.second}'s direction open: its ${bytes} bytes take seq ${data.seq} onwards, so its FIN has seq=w=${fin2.seq}, and ${s.first} acknowledges it with ack=${ack2.ack}.`,
          `${FIN_RULE.zh}半关闭后 ${s.second} 方向仍然打开：它的 ${bytes} 字节数据从 seq=${data.seq} 开始编号，因此它的 FIN 的 seq=w=${fin2.seq}，${s.first} 用 ack=${ack2.ack} 确认。`,
        ),
        rfc: "3.6",
        diagram: explanationDiagram(run, stepSending(run, field === "seq" ? s.close.fin2 : s.close.ack2), [s.close.data!, s.close.fin2, s.close.ack2]),
      },
    };
  },
};

export const teardownBlanks: Template = {
  id: "teardown-blanks",
  concept: "teardown-numbers",
  kind: "diagram-blanks",
  title: L("Fill in the four-way close", "补全四次挥手时序图"),
  build({ rng, difficulty }) {
    const bytes = difficulty === 1 ? 0 : pickBytes(rng, difficulty);
    const s = closeSetup(rng, difficulty, { halfCloseBytes: bytes });
    const { scenario, run } = s.story.finish();
    const fin1 = segmentOf(run, s.close.fin1);
    const fin2 = segmentOf(run, s.close.fin2);
    const ack1 = segmentOf(run, s.close.ack1);
    const numbers: BlankSpecWithMistakes[] =
      difficulty === 1
        ? [{ target: { segment: s.close.ack1, field: "ack" }, mistakes: [{ value: fin1.seq, misconception: "fin-takes-no-sequence-number" }] }]
        : [{ target: { segment: s.close.fin2, field: "seq" }, mistakes: [{ value: ack1.seq, misconception: "forgot-data-length" }] }];
    numbers.push({
      target: { segment: s.close.ack2, field: "ack" },
      mistakes: [
        { value: fin2.seq, misconception: "fin-takes-no-sequence-number" },
        ...(bytes ? [{ value: seqAdd(ack1.seq, 1), misconception: "forgot-data-length" as const }] : []),
      ],
    });
    const states: BlankSpecWithMistakes[] =
      difficulty < 3
        ? []
        : [
            {
              target: { step: s.close.steps.fin1Arrives, side: s.second, field: "state" },
              mistakes: [
                { value: "FIN-WAIT-2", misconception: "swapped-close-wait-fin-wait-2" },
                { value: "LAST-ACK", misconception: "close-wait-vs-last-ack" },
              ],
            },
            {
              target: { step: s.close.steps.ack1Arrives, side: s.first, field: "state" },
              mistakes: [
                { value: "CLOSE-WAIT", misconception: "swapped-close-wait-fin-wait-2" },
                { value: "FIN-WAIT-1", misconception: "fin-wait-1-vs-2" },
              ],
            },
            { target: { step: s.close.steps.fin2Arrives, side: s.first, field: "state" }, mistakes: [{ value: "CLOSED", misconception: "skipped-time-wait" }] },
          ];
    return blanksQuestion({
      run,
      scenario,
      shownSteps: run.trace.steps.length,
      blanks: [...numbers, ...states],
      prompt: L(
        `${closeIntro(s).en}${bytes ? ` During the half-close ${s.second} sends ${bytes} more bytes.` : ""} Fill in the numbered blanks of the sequence diagram.`,
        `${closeIntro(s).zh}${bytes ? `半关闭期间 ${s.second} 又发送了 ${bytes} 字节数据。` : ""}请填写时序图中编号的空格。`,
      ),
      explanation: L(
        `${FIN_RULE.en} ${s.first}'s FIN (u=${fin1.seq}) is acknowledged with ${ack1.ack}; ${s.second}'s FIN has seq=w=${fin2.seq}${bytes ? ` (v=${ack1.seq} plus ${bytes} bytes)` : ""} and is acknowledged with ${seqAdd(fin2.seq, 1)}.`,
        `${FIN_RULE.zh}${s.first} 的 FIN（u=${fin1.seq}）被确认为 ${ack1.ack}；${s.second} 的 FIN 的 seq=w=${fin2.seq}${bytes ? `（v=${ack1.seq} 加上 ${bytes} 字节）` : ""}，被确认为 ${seqAdd(fin2.seq, 1)}。`,
      ),
      rfc: "3.6",
      highlightStep: s.close.steps.fin2Arrives,
    });
  },
};
