/**
 * One builder per kind of ask: from the variant's engine run, the key, the input, the distractors
 * (mistakes.ts), the diagram shown with the question (never the asked value) and the explanation.
 * A builder throws VariantError when the ask does not fit this variant's run (a segment the
 * variant does not have, a timer that is not running), so the editor can say which and why.
 */
import { other, type DetailedRun, type Side, type TcpState } from "../tcp";
import { blanksQuestion, blankValue } from "../questions/blanks-question";
import { rfcOf, transitionsOf, transitionText } from "../questions/describe";
import { asFlags, asNumber, asOrder, asState, flagsInput, flagsText, numberInput, stateInput, stateOrderInput } from "../questions/inputs";
import { statePath, stepSending } from "../questions/run-read";
import { explanationDiagram } from "../questions/state-question";
import type { TemplateOutput } from "../questions/template";
import { questionDiagram } from "../questions/trace-view";
import type { BlankField } from "../questions/types";
import { distractorsOf, L, segmentIn, stepIn, VariantError, type AskContext } from "./asks-core";
import { lostAsk, timerAsk } from "./asks-timing";
import { flagsMistakes, numberMistakes, orderMistakes, stateMistakes } from "./mistakes";
import type { Ask } from "./spec";
import { flagList, segmentWords } from "./words";

export { flagList };
export { VariantError, type AskContext } from "./asks-core";

type Built = TemplateOutput;

function stateAsk(c: AskContext & { ask: Extract<Ask, { kind: "state" }> }): Built {
  const step = stepIn(c.run, c.ask.step);
  const side = c.ask.side;
  const key = c.run.trace.steps[step]!.states[side];
  const changes = transitionsOf(c.run, step, side);
  return {
    prompt: c.prompt,
    input: stateInput(),
    diagram: questionDiagram(c.scenario, step),
    scenario: c.scenario,
    scenarioIsPublic: false,
    key: asState(key),
    keyText: L(`${side} is in ${key}.`, `${side} 处于 ${key} 状态。`),
    distractors: distractorsOf(stateMistakes(c.run, step, side), asState),
    explanation: {
      text: transitionText(c.run, step, side),
      rfc: changes[0] ? rfcOf(changes[0]) : "3.10",
      diagram: explanationDiagram(c.run, step),
    },
  };
}

/** The values of earlier segments equal to the key are blanked in the shown diagram: they would give it away. */
function hiddenEqualValues(run: DetailedRun, shownSteps: number, value: number): BlankField[] {
  const shown = new Set(run.trace.steps.slice(0, shownSteps).flatMap((s) => s.sent));
  return run.trace.segments.flatMap((s) =>
    shown.has(s.id)
      ? (["seq", "ack"] as const).filter((f) => s[f] === value && (f === "seq" || s.flags.includes("ACK"))).map((field) => ({ segment: s.id, field }))
      : [],
  );
}

function segmentAsk(c: AskContext & { ask: Extract<Ask, { kind: "segment" }> }): Built {
  const s = segmentIn(c.run, c.ask.segment);
  const sentAt = stepSending(c.run, s.id);
  const transitions = transitionsOf(c.run, sentAt, s.from);
  if (c.ask.field === "flags") {
    const text = s.flags.length ? L(flagList(s.flags), flagList(s.flags)) : flagsText(s.flags);
    return {
      prompt: c.prompt,
      input: flagsInput(),
      diagram: questionDiagram(c.scenario, sentAt),
      scenario: c.scenario,
      scenarioIsPublic: false,
      key: asFlags(s.flags),
      keyText: L(`Segment ${s.id} carries ${text.en}.`, `报文段 ${s.id} 携带 ${text.zh}。`),
      distractors: distractorsOf(flagsMistakes(c.run, c.scenario.steps, s), asFlags),
      explanation: {
        text: L(
          `${segmentWords(s, true).en} is what ${s.from} sent at step ${sentAt + 1}. ${transitionText(c.run, sentAt, s.from).en}`,
          `${segmentWords(s).zh}是 ${s.from} 在第 ${sentAt + 1} 步发出的。${transitionText(c.run, sentAt, s.from).zh}`,
        ),
        rfc: transitions[0] ? rfcOf(transitions[0]) : "3.10",
        diagram: explanationDiagram(c.run, sentAt, [s.id]),
      },
    };
  }
  const field = c.ask.field;
  if (field === "ack" && !s.flags.includes("ACK")) {
    throw new VariantError(
      L(
        `Segment ${s.id} has no ACK bit in this variant, so it carries no acknowledgment number.`,
        `本变体中报文段 ${s.id} 没有设置 ACK 位，因此不携带确认号。`,
      ),
      sentAt,
    );
  }
  const key = s[field];
  const hidden = hiddenEqualValues(c.run, sentAt, key);
  const name = field === "seq" ? L("sequence number (seq)", "序列号 seq") : L("acknowledgment number (ack)", "确认号 ack");
  const rule =
    field === "seq"
      ? L(
          "A segment's seq is its sender's next sequence number: its ISN, plus 1 for its SYN, plus every data byte, plus 1 for its FIN sent before it; a retransmission keeps the number it had.",
          "报文段的序列号 seq 是发送方的下一个序列号：初始序列号（ISN），加上 SYN 占用的 1，加上此前发送的每个数据字节，再加上此前 FIN 占用的 1；重传报文段沿用原来的序列号。",
        )
      : L(
          "A segment's ack is the next sequence number its sender expects from the peer: the peer's ISN, plus 1 for its SYN, plus every data byte received, plus 1 for its FIN.",
          "报文段的确认号 ack 是发送方期望从对方收到的下一个序列号：对方的初始序列号（ISN），加上其 SYN 占用的 1，加上已收到的每个数据字节，再加上其 FIN 占用的 1。",
        );
  return {
    prompt: c.prompt,
    input: numberInput(field, L(`${field} of segment ${s.id}`, `报文段 ${s.id} 的 ${field}`)),
    diagram: questionDiagram(c.scenario, sentAt, hidden),
    scenario: c.scenario,
    scenarioIsPublic: false,
    key: asNumber(key),
    keyText: L(`${field} = ${key}`, `${name.zh} = ${key}`),
    distractors: distractorsOf(numberMistakes(c.run, s, field), asNumber),
    explanation: {
      text: L(`${rule.en} Here ${segmentWords(s).en} carries ${field}=${key}.`, `${rule.zh}本例中${segmentWords(s).zh}的 ${field} 为 ${key}。`),
      rfc: "3.4",
      diagram: explanationDiagram(c.run, sentAt, [s.id]),
    },
  };
}

function orderAsk(c: AskContext & { ask: Extract<Ask, { kind: "state-order" }> }): Built {
  const last = c.ask.step === null ? c.run.trace.steps.length - 1 : stepIn(c.run, c.ask.step);
  const side = c.ask.side;
  const key = statePath(c.run, side, last);
  if (key.length < 3)
    throw new VariantError(
      L(
        `${side} passes through only ${key.join(", ")} in this variant: too few states to order.`,
        `本变体中 ${side} 只经过 ${key.join("、")}：状态太少，无法排序。`,
      ),
      last,
    );
  const mistakes = orderMistakes(key);
  const pool = new Set<TcpState>([...key, ...mistakes.flatMap((m) => m.value)]);
  // Every change of the side is a blank in the shown diagram: the diagram shows the exchange, not the answer.
  const hidden: BlankField[] = c.run.trace.steps
    .slice(0, last + 1)
    .flatMap((s) =>
      (s.i === 0 ? c.run.states[0]!.tcb[side].state : c.run.trace.steps[s.i - 1]!.states[side]) !== s.states[side]
        ? [{ step: s.i, side, field: "state" as const }]
        : [],
    );
  const steps = c.run.trace.steps.slice(0, last + 1).flatMap((s) => transitionsOf(c.run, s.i, side).map((t) => `${t.from} → ${t.to}`));
  return {
    prompt: c.prompt,
    input: stateOrderInput(side, c.rng.shuffle([...pool])),
    diagram: questionDiagram(c.scenario, last + 1, hidden),
    scenario: c.scenario,
    scenarioIsPublic: false,
    key: asOrder(key),
    keyText: L(key.join(" → "), key.join(" → ")),
    distractors: distractorsOf(mistakes, asOrder),
    explanation: {
      text: L(`${side}'s changes in this run, in order: ${steps.join("; ")}.`, `本例中 ${side} 的状态变化依次为：${steps.join("；")}。`),
      rfc: "3.3.2",
      diagram: explanationDiagram(c.run, last),
    },
  };
}

function blanksAsk(c: AskContext & { ask: Extract<Ask, { kind: "blanks" }> }): Built {
  const blanks = c.ask.blanks.map((target) => {
    if ("segment" in target) {
      const s = segmentIn(c.run, target.segment);
      if (target.field === "ack" && !s.flags.includes("ACK"))
        throw new VariantError(
          L(`Segment ${s.id} has no ACK bit in this variant: its ack cannot be a blank.`, `本变体中报文段 ${s.id} 没有 ACK 位：其 ack 不能作为空格。`),
        );
      const mistakes = target.field === "len" ? [] : numberMistakes(c.run, s, target.field);
      return { target, mistakes };
    }
    const step = stepIn(c.run, target.step);
    return { target, mistakes: stateMistakes(c.run, step, target.side) };
  });
  const lastStep = Math.max(...c.ask.blanks.map((b) => ("segment" in b ? stepSending(c.run, b.segment) : b.step)));
  return blanksQuestion({
    run: c.run,
    scenario: c.scenario,
    shownSteps: c.run.trace.steps.length,
    blanks,
    prompt: c.prompt,
    explanation: L(
      `Each blank is the engine's value in this run: ${blanks.map((b, i) => `(${i + 1}) ${blankValue(c.run, b.target)}`).join(", ")}. Sequence numbers grow by 1 for a SYN or FIN and by the data length; states change as RFC 9293's state diagram says.`,
      `每个空格都是本例中引擎算出的值：${blanks.map((b, i) => `(${i + 1}) ${blankValue(c.run, b.target)}`).join("，")}。序列号在 SYN 或 FIN 之后加 1，在数据之后加上数据长度；状态按 RFC 9293 的状态图变化。`,
    ),
    rfc: "3.4",
    highlightStep: lastStep,
  });
}

export function buildAsk(c: AskContext): Built {
  switch (c.ask.kind) {
    case "state":
      return stateAsk({ ...c, ask: c.ask });
    case "segment":
      return segmentAsk({ ...c, ask: c.ask });
    case "state-order":
      return orderAsk({ ...c, ask: c.ask });
    case "blanks":
      return blanksAsk({ ...c, ask: c.ask });
    case "lost-segment":
      return lostAsk(c);
    case "timer":
      return timerAsk({ ...c, ask: c.ask });
  }
}

/** The ask with the sides it names as they play in a variant. */
export function askIn(ask: Ask, swapped: boolean): Ask {
  if (!swapped) return ask;
  const flip = (side: Side) => other(side);
  switch (ask.kind) {
    case "state":
    case "state-order":
    case "timer":
      return { ...ask, side: flip(ask.side) };
    case "blanks":
      return { ...ask, blanks: ask.blanks.map((b) => ("side" in b ? { ...b, side: flip(b.side) } : b)) };
    default:
      return ask;
  }
}
