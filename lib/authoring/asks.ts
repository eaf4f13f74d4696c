/**
 * One builder per kind of ask: from the variant's engine run, the key, the input, the distractors
 * (mistakes.ts), the diagram shown with the question (never the asked value) and the explanation.
 * A builder throws VariantError when the ask does not fit this variant's run (a segment the
 * variant does not have, a timer that is not running), so the editor can say which and why.
 */
import { other, type DetailedRun, type Scenario, type Side, type TcpState, type TraceSegment } from "../tcp";
import { blanksQuestion, blankValue } from "../questions/blanks-question";
import { rfcOf, transitionsOf, transitionText } from "../questions/describe";
import { asChoice, asFlags, asNumber, asOrder, asState, choiceInput, flagsInput, flagsText, numberInput, stateInput, stateOrderInput } from "../questions/inputs";
import type { Rng } from "../questions/random";
import { statePath, stepSending } from "../questions/run-read";
import { explanationDiagram } from "../questions/state-question";
import type { TemplateOutput } from "../questions/template";
import { maskTrace, partialTrace, questionDiagram } from "../questions/trace-view";
import type { BlankField, DiagramData, Distractor, Localized } from "../questions/types";
import { flagsMistakes, numberMistakes, orderMistakes, stateMistakes, timerMistakes, type Mistake } from "./mistakes";
import type { Ask } from "./spec";
import { flagList, segmentWords } from "./words";

export { flagList };

const L = (en: string, zh: string): Localized => ({ en, zh });
const secs = (x: number) => String(Math.round(x * 1000) / 1000);


export class VariantError extends Error {
  constructor(
    readonly detail: Localized,
    /** The step (0-based) the failure is at, when there is one. */
    readonly step: number | null = null,
  ) {
    super(detail.en);
    this.name = "VariantError";
  }
}

export interface AskContext {
  scenario: Scenario;
  run: DetailedRun;
  rng: Rng;
  /** The ask with its sides as they play in this variant. */
  ask: Ask;
  prompt: Localized;
}

type Built = TemplateOutput;

const distractorsOf = <T>(list: Mistake<T>[], as: (value: T) => Distractor["response"]): Distractor[] => list.map((m) => ({ response: as(m.value), misconception: m.misconception }));

export function segmentIn(run: DetailedRun, id: number): TraceSegment {
  const s = run.trace.segments[id - 1];
  if (!s) throw new VariantError(L(`Segment ${id} does not exist in this variant (its run has ${run.trace.segments.length} segments).`, `本变体中不存在报文段 ${id}（本次运行只有 ${run.trace.segments.length} 个报文段）。`));
  return s;
}

export function stepIn(run: DetailedRun, step: number): number {
  if (step >= run.trace.steps.length) throw new VariantError(L(`Step ${step + 1} does not exist: the run has ${run.trace.steps.length} steps.`, `第 ${step + 1} 步不存在：本次运行只有 ${run.trace.steps.length} 步。`), step);
  return step;
}

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
    shown.has(s.id) ? (["seq", "ack"] as const).filter((f) => s[f] === value && (f === "seq" || s.flags.includes("ACK"))).map((field) => ({ segment: s.id, field })) : [],
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
        text: L(`${segmentWords(s, true).en} is what ${s.from} sent at step ${sentAt + 1}. ${transitionText(c.run, sentAt, s.from).en}`, `${segmentWords(s).zh}是 ${s.from} 在第 ${sentAt + 1} 步发出的。${transitionText(c.run, sentAt, s.from).zh}`),
        rfc: transitions[0] ? rfcOf(transitions[0]) : "3.10",
        diagram: explanationDiagram(c.run, sentAt, [s.id]),
      },
    };
  }
  const field = c.ask.field;
  if (field === "ack" && !s.flags.includes("ACK")) {
    throw new VariantError(L(`Segment ${s.id} has no ACK bit in this variant, so it carries no acknowledgment number.`, `本变体中报文段 ${s.id} 没有设置 ACK 位，因此不携带确认号。`), sentAt);
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
  if (key.length < 3) throw new VariantError(L(`${side} passes through only ${key.join(", ")} in this variant: too few states to order.`, `本变体中 ${side} 只经过 ${key.join("、")}：状态太少，无法排序。`), last);
  const mistakes = orderMistakes(key);
  const pool = new Set<TcpState>([...key, ...mistakes.flatMap((m) => m.value)]);
  // Every change of the side is a blank in the shown diagram: the diagram shows the exchange, not the answer.
  const hidden: BlankField[] = c.run.trace.steps.slice(0, last + 1).flatMap((s) => ((s.i === 0 ? c.run.states[0]!.tcb[side].state : c.run.trace.steps[s.i - 1]!.states[side]) !== s.states[side] ? [{ step: s.i, side, field: "state" as const }] : []));
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
      if (target.field === "ack" && !s.flags.includes("ACK")) throw new VariantError(L(`Segment ${s.id} has no ACK bit in this variant: its ack cannot be a blank.`, `本变体中报文段 ${s.id} 没有 ACK 位：其 ack 不能作为空格。`));
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

/** The whole exchange with every arrow stopped short: what arrived is for the learner to work out. */
function fatesHidden(scenario: Scenario, steps: number): DiagramData {
  const trace = partialTrace(scenario, steps);
  const masked = maskTrace(trace, []);
  return {
    trace: { segments: masked.segments.map((s) => ({ ...s, fate: "in-flight" as const })), steps: masked.steps.map((s) => ({ ...s, received: [] })) },
  };
}

function lostAsk(c: AskContext): Built {
  const lost = c.run.trace.segments.filter((s) => s.fate === "dropped");
  if (lost.length !== 1) {
    throw new VariantError(
      lost.length === 0
        ? L("No segment is lost in this variant: a \"which segment was lost\" question needs exactly one.", "本变体中没有报文段丢失：“哪个报文段丢失了”这类题目需要恰好一个丢失的报文段。")
        : L(`${lost.length} segments are lost in this variant: a "which segment was lost" question needs exactly one.`, `本变体中丢失了 ${lost.length} 个报文段：“哪个报文段丢失了”这类题目需要恰好一个丢失的报文段。`),
    );
  }
  const keySegment = lost[0]!;
  const occupies = keySegment.len > 0 || keySegment.flags.includes("SYN") || keySegment.flags.includes("FIN");
  const repeats = (s: TraceSegment, of: TraceSegment) => s.id > of.id && s.from === of.from && s.seq === of.seq && s.flags.join() === of.flags.join() && s.len === of.len;
  // A segment that occupies sequence space is sent again by its sender; a lost bare ACK is not, and the peer repeats what it lacked an ACK for.
  const retransmission = occupies ? c.run.trace.segments.find((s) => repeats(s, keySegment)) : undefined;
  const peerRepeat = occupies ? undefined : c.run.trace.segments.find((s) => s.id > keySegment.id && s.from === keySegment.to && c.run.trace.segments.some((p) => p.id < s.id && repeats(s, p)));
  const others = c.run.trace.segments.filter((s) => s.id !== keySegment.id && s.id !== retransmission?.id);
  const picked = c.rng.shuffle(others).slice(0, 3);
  const options = c.rng.shuffle([keySegment, ...(retransmission ? [retransmission] : []), ...picked]).map((s, i) => ({ id: "abcdef"[i]!, segment: s }));
  const distractors: Distractor[] = options.flatMap(({ id, segment }): Distractor[] => {
    if (segment.id === keySegment.id) return [];
    if (segment.id === retransmission?.id) return [{ response: asChoice(id), misconception: "lost-segment-not-retransmitted" as const }];
    return segment.from !== keySegment.from ? [{ response: asChoice(id), misconception: "wrong-side-retransmits" as const }] : [];
  });
  const keyId = options.find((o) => o.segment.id === keySegment.id)!.id;
  const lostAt = c.run.trace.steps.find((s) => (c.scenario.steps[s.i] as { drop?: number }).drop === keySegment.id)?.i ?? stepSending(c.run, keySegment.id);
  return {
    prompt: c.prompt,
    input: choiceInput(options.map((o) => ({ id: o.id, text: segmentWords(o.segment, true) }))),
    diagram: fatesHidden(c.scenario, c.run.trace.steps.length),
    scenario: c.scenario,
    scenarioIsPublic: false,
    key: asChoice(keyId),
    keyText: L(`(${keyId}) ${segmentWords(keySegment, true).en}`, `(${keyId}) ${segmentWords(keySegment).zh}`),
    distractors,
    explanation: {
      text: peerRepeat
        ? L(
            `${segmentWords(keySegment, true).en} never reached ${keySegment.to}. A bare ACK is never retransmitted: ${keySegment.to}, still waiting for it, sent its own segment again as segment ${peerRepeat.id} when its retransmission timer expired.`,
            `${segmentWords(keySegment).zh}没有到达 ${keySegment.to}。纯 ACK 从不重传：仍在等待确认的 ${keySegment.to} 在重传计时器到期后，把自己的报文段重传为报文段 ${peerRepeat.id}。`,
          )
        : retransmission
        ? L(
            `${segmentWords(keySegment, true).en} never reached ${keySegment.to}, so ${keySegment.to} did not move on it; its sender ${keySegment.from} sent it again as segment ${retransmission.id} with the same seq when its retransmission timer expired.`,
            `${segmentWords(keySegment).zh}没有到达 ${keySegment.to}，所以 ${keySegment.to} 的状态没有因它而改变；发送方 ${keySegment.from} 在重传计时器到期后以相同的 seq 将其重传为报文段 ${retransmission.id}。`,
          )
        : L(`${segmentWords(keySegment, true).en} never reached ${keySegment.to}, so ${keySegment.to} did not move on it.`, `${segmentWords(keySegment).zh}没有到达 ${keySegment.to}，所以 ${keySegment.to} 的状态没有因它而改变。`),
      rfc: "3.8.1",
      diagram: explanationDiagram(c.run, lostAt, [keySegment.id, ...[retransmission, peerRepeat].flatMap((r) => (r ? [r.id] : []))]),
    },
  };
}

function timerAsk(c: AskContext & { ask: Extract<Ask, { kind: "timer" }> }): Built {
  const step = stepIn(c.run, c.ask.step);
  const side = c.ask.side;
  const after = c.run.states[step + 1]!;
  const timer = after.timers.filter((t) => t.side === side && t.kind === c.ask.timer).sort((a, b) => a.due - b.due)[0];
  const name = c.ask.timer === "time-wait" ? L("TIME-WAIT (2 MSL) timer", "TIME-WAIT（2MSL）计时器") : L("retransmission timer", "重传计时器");
  if (!timer) throw new VariantError(L(`${side} has no ${name.en} running after step ${step + 1} in this variant.`, `本变体中第 ${step + 1} 步之后 ${side} 没有正在运行的${name.zh}。`), step);
  const key = (timer.due - after.now) / 1000;
  // The engine keeps times in ms.
  const msl = after.config.msl / 1000;
  const firstRto = after.config.rto[side] / 1000;
  const entry = after.tcb[side].retx.find((r) => r.seq === timer.seq);
  const timeout = c.ask.timer === "time-wait" ? 2 * msl : (entry?.timeout ?? firstRto * 1000) / 1000;
  const rule =
    c.ask.timer === "time-wait"
      ? L(`TIME-WAIT lasts 2 MSL = 2 × ${secs(msl)} s, counted from the last time it was (re)started.`, `TIME-WAIT 持续 2MSL = 2 × ${secs(msl)} 秒，从最后一次（重新）启动时算起。`)
      : L(`The retransmission timer starts at the RTO (${secs(firstRto)} s) and doubles after each retransmission; this one was set to ${secs(timeout)} s.`, `重传计时器从 RTO（${secs(firstRto)} 秒）开始，每次重传后加倍；这一次设定为 ${secs(timeout)} 秒。`);
  return {
    prompt: c.prompt,
    input: numberInput("seconds", L("seconds until it fires", "距到期的秒数")),
    diagram: questionDiagram(c.scenario, step + 1),
    scenario: c.scenario,
    scenarioIsPublic: false,
    key: asNumber(key),
    keyText: L(`${secs(key)} seconds`, `${secs(key)} 秒`),
    distractors: distractorsOf(timerMistakes({ kind: c.ask.timer, key, timeout, msl, firstRto }), asNumber),
    explanation: {
      text: L(`${rule.en} After step ${step + 1} (t = ${secs(after.now / 1000)} s) it fires at t = ${secs(timer.due / 1000)} s: in ${secs(key)} s.`, `${rule.zh}第 ${step + 1} 步之后（t = ${secs(after.now / 1000)} 秒），它在 t = ${secs(timer.due / 1000)} 秒到期：还有 ${secs(key)} 秒。`),
      rfc: c.ask.timer === "time-wait" ? "3.10.8" : "3.8.1",
      diagram: explanationDiagram(c.run, step),
    },
  };
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

