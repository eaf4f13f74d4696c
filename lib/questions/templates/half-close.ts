import type { ScenarioInput, Side } from "../../tcp";
import { choices } from "../choice-question";
import { stepText } from "../describe";
import { asNumber, numberInput } from "../inputs";
import { numberDistractors, wrapMistake } from "../number-question";
import { pickBytes, rotate } from "../params";
import { segmentOf, stateAt, stepSending } from "../run-read";
import { closeIntro, closeSetup } from "../setups";
import { explanationDiagram } from "../state-question";
import { runScenario } from "../story";
import type { Template } from "../template";
import { L } from "../text";
import { questionDiagram } from "../trace-view";

const HALF_CLOSE_RULE = L(
  'A FIN says only "I have no more data to send": it closes its sender\'s direction. Until the other side closes too, that side may keep sending data and the side that sent the FIN keeps receiving and acknowledging it (a half-close).',
  "FIN 只表示“我已没有数据要发送”：它关闭的是发送方这个方向。在对方也关闭之前，对方仍可以继续发送数据，发出 FIN 的一方仍会接收并确认这些数据（半关闭）。",
);

/** Asks the engine: would a send by `side` right after step `step` be accepted? */
function engineAcceptsSend(scenario: ScenarioInput, step: number, side: Side): boolean {
  const probe = runScenario({ ...scenario, steps: [...scenario.steps.slice(0, step + 1), { call: "send", on: side, bytes: 1 }] });
  return probe.trace.steps[step + 1]!.error === null;
}

export const halfCloseWhoSends: Template = {
  id: "half-close-who-sends",
  concept: "half-close",
  kind: "choice",
  title: L("Who may still send after a FIN", "发出 FIN 后谁还能发送数据"),
  build({ seed, rng, difficulty }) {
    const s = closeSetup(rng, difficulty);
    const { scenario, run } = s.story.finish();
    // Before anyone closes (both may send), during the half-close (only the second), after both FINs (neither).
    const { close1, fin1Arrives, ack1Arrives, close2, fin2Arrives } = s.close.steps;
    const points = difficulty === 1 ? [s.open.lastStep, ack1Arrives, close2] : [s.open.lastStep, close1, fin1Arrives, ack1Arrives, close2, fin2Arrives];
    const step = rotate(seed, points);
    const can = { [s.first]: engineAcceptsSend(scenario, step, s.first), [s.second]: engineAcceptsSend(scenario, step, s.second) } as Record<Side, boolean>;
    const option = (first: boolean, second: boolean, text: ReturnType<typeof L>) => {
      const correct = can[s.first] === first && can[s.second] === second;
      // Claiming that a side can send when it cannot is the closer-still-sends mistake; the reverse, closing both ways.
      const overclaims = (first && !can[s.first]) || (second && !can[s.second]);
      return { text, correct, misconception: overclaims ? ("closer-still-sends" as const) : ("half-close-closes-both" as const) };
    };
    const c = choices(rng, [
      option(false, true, L(`Only ${s.second}`, `只有 ${s.second}`)),
      option(true, false, L(`Only ${s.first}`, `只有 ${s.first}`)),
      option(true, true, L(`Both ${s.first} and ${s.second}`, `${s.first} 和 ${s.second} 都可以`)),
      option(false, false, L("Neither of them", "双方都不能")),
    ]);
    const event = stepText(run, scenario, step);
    const states = L(
      `${s.first} is in ${stateAt(run, step, s.first)} and ${s.second} in ${stateAt(run, step, s.second)}`,
      `${s.first} 处于 ${stateAt(run, step, s.first)}，${s.second} 处于 ${stateAt(run, step, s.second)}`,
    );
    return {
      prompt: L(
        `${closeIntro(s).en} The step asked about: ${event.en}. Right after this step, which side's application may still send data?`,
        `${closeIntro(s).zh}所问的这一步：${event.zh}。这一步刚结束时，哪一方的应用还可以发送数据？`,
      ),
      ...c,
      diagram: questionDiagram(scenario, step + 1),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: L(
          `${HALF_CLOSE_RULE.en} At this point ${states.en}; a send is accepted in ESTABLISHED and CLOSE-WAIT only, and refused as "connection closing" once the side has sent its own FIN.`,
          `${HALF_CLOSE_RULE.zh}此时 ${states.zh}；只有 ESTABLISHED 和 CLOSE-WAIT 状态接受发送，一方发出自己的 FIN 之后，它的发送请求会被拒绝（连接正在关闭，connection closing）。`,
        ),
        rfc: "3.6.1",
        diagram: explanationDiagram(run, step),
      },
    };
  },
};

export const halfCloseDataAck: Template = {
  id: "half-close-data-ack",
  concept: "half-close",
  kind: "number",
  title: L("Acknowledging data during the half-close", "半关闭期间对数据的确认"),
  build({ rng, difficulty }) {
    const bytes = pickBytes(rng, difficulty);
    const s = closeSetup(rng, difficulty, { halfCloseBytes: bytes });
    const { scenario, run } = s.story.finish();
    const data = segmentOf(run, s.close.data!);
    const dataAck = segmentOf(run, s.close.dataAck!);
    const key = dataAck.ack;
    return {
      prompt: L(
        `${closeIntro(s).en} ${s.first}'s FIN has been acknowledged. ${s.second} then sends ${bytes} bytes with seq=${data.seq}. What acknowledgment number does ${s.first} answer with?`,
        `${closeIntro(s).zh}${s.first} 的 FIN 已被确认。随后 ${s.second} 发送 ${bytes} 字节数据，seq=${data.seq}。${s.first} 应答的确认号 ack 是多少？`,
      ),
      input: numberInput("ack", L("ack of the reply", "应答报文段的 ack")),
      diagram: questionDiagram(scenario, stepSending(run, s.close.data!) + 1),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`ack = ${key}`, `确认号 ack = ${key}`),
      distractors: [
        ...numberDistractors([
          [data.seq, "forgot-data-length"],
          [dataAck.seq, "acked-own-number"],
        ]),
        ...wrapMistake(data.seq, bytes),
      ],
      explanation: {
        text: L(
          `${HALF_CLOSE_RULE.en} ${s.first} is in ${stateAt(run, stepSending(run, s.close.dataAck!), s.first)} and still receives: it acknowledges the ${bytes} bytes from ${data.seq} with ack = ${data.seq} + ${bytes} = ${key}${key < data.seq ? " (modulo 2^32: the sum wraps around)" : ""}.`,
          `${HALF_CLOSE_RULE.zh}${s.first} 处于 ${stateAt(run, stepSending(run, s.close.dataAck!), s.first)} 状态，仍然接收数据：它确认从 ${data.seq} 开始的 ${bytes} 字节，ack = ${data.seq} + ${bytes} = ${key}${key < data.seq ? "（按 2^32 取模回绕）" : ""}。`,
        ),
        rfc: "3.6.1",
        diagram: explanationDiagram(run, stepSending(run, s.close.dataAck!), [s.close.data!, s.close.dataAck!]),
      },
    };
  },
};
