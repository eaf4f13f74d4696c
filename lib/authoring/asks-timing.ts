/**
 * The asks about time and loss: which segment was lost (the arrows shown stop short, so what
 * arrived is for the learner to work out) and how long until a timer fires.
 */
import type { Scenario, TraceSegment } from "../tcp";
import { asChoice, asNumber, choiceInput, numberInput } from "../questions/inputs";
import { stepSending } from "../questions/run-read";
import { explanationDiagram } from "../questions/state-question";
import type { TemplateOutput } from "../questions/template";
import { maskTrace, partialTrace, questionDiagram } from "../questions/trace-view";
import type { DiagramData, Distractor } from "../questions/types";
import { distractorsOf, L, secs, stepIn, VariantError, type AskContext } from "./asks-core";
import { timerMistakes } from "./mistakes";
import type { Ask } from "./spec";
import { segmentWords } from "./words";

type Built = TemplateOutput;

/** The whole exchange with every arrow stopped short: what arrived is for the learner to work out. */
function fatesHidden(scenario: Scenario, steps: number): DiagramData {
  const trace = partialTrace(scenario, steps);
  const masked = maskTrace(trace, []);
  return {
    trace: { segments: masked.segments.map((s) => ({ ...s, fate: "in-flight" as const })), steps: masked.steps.map((s) => ({ ...s, received: [] })) },
  };
}

export function lostAsk(c: AskContext): Built {
  const lost = c.run.trace.segments.filter((s) => s.fate === "dropped");
  if (lost.length !== 1) {
    throw new VariantError(
      lost.length === 0
        ? L(
            'No segment is lost in this variant: a "which segment was lost" question needs exactly one.',
            "本变体中没有报文段丢失：“哪个报文段丢失了”这类题目需要恰好一个丢失的报文段。",
          )
        : L(
            `${lost.length} segments are lost in this variant: a "which segment was lost" question needs exactly one.`,
            `本变体中丢失了 ${lost.length} 个报文段：“哪个报文段丢失了”这类题目需要恰好一个丢失的报文段。`,
          ),
    );
  }
  const keySegment = lost[0]!;
  const occupies = keySegment.len > 0 || keySegment.flags.includes("SYN") || keySegment.flags.includes("FIN");
  const repeats = (s: TraceSegment, of: TraceSegment) =>
    s.id > of.id && s.from === of.from && s.seq === of.seq && s.flags.join() === of.flags.join() && s.len === of.len;
  // A segment that occupies sequence space is sent again by its sender; a lost bare ACK is not, and the peer repeats what it lacked an ACK for.
  const retransmission = occupies ? c.run.trace.segments.find((s) => repeats(s, keySegment)) : undefined;
  const peerRepeat = occupies
    ? undefined
    : c.run.trace.segments.find((s) => s.id > keySegment.id && s.from === keySegment.to && c.run.trace.segments.some((p) => p.id < s.id && repeats(s, p)));
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
          : L(
              `${segmentWords(keySegment, true).en} never reached ${keySegment.to}, so ${keySegment.to} did not move on it.`,
              `${segmentWords(keySegment).zh}没有到达 ${keySegment.to}，所以 ${keySegment.to} 的状态没有因它而改变。`,
            ),
      rfc: "3.8.1",
      diagram: explanationDiagram(c.run, lostAt, [keySegment.id, ...[retransmission, peerRepeat].flatMap((r) => (r ? [r.id] : []))]),
    },
  };
}

export function timerAsk(c: AskContext & { ask: Extract<Ask, { kind: "timer" }> }): Built {
  const step = stepIn(c.run, c.ask.step);
  const side = c.ask.side;
  const after = c.run.states[step + 1]!;
  const timer = after.timers.filter((t) => t.side === side && t.kind === c.ask.timer).sort((a, b) => a.dueUs - b.dueUs)[0];
  const name = c.ask.timer === "time-wait" ? L("TIME-WAIT (2 MSL) timer", "TIME-WAIT（2MSL）计时器") : L("retransmission timer", "重传计时器");
  if (!timer)
    throw new VariantError(
      L(`${side} has no ${name.en} running after step ${step + 1} in this variant.`, `本变体中第 ${step + 1} 步之后 ${side} 没有正在运行的${name.zh}。`),
      step,
    );
  const key = (timer.dueUs - after.nowUs) / 1_000_000;
  // The engine keeps times in µs.
  const msl = after.config.msl / 1_000_000;
  const firstRto = after.config.rto[side] / 1_000_000;
  const entry = after.tcb[side].retx.find((r) => r.seq === timer.seq);
  const timeout = c.ask.timer === "time-wait" ? 2 * msl : (entry?.timeout ?? firstRto * 1_000_000) / 1_000_000;
  const rule =
    c.ask.timer === "time-wait"
      ? L(
          `TIME-WAIT lasts 2 MSL = 2 × ${secs(msl)} s, counted from the last time it was (re)started.`,
          `TIME-WAIT 持续 2MSL = 2 × ${secs(msl)} 秒，从最后一次（重新）启动时算起。`,
        )
      : L(
          `The retransmission timer starts at the RTO (${secs(firstRto)} s) and doubles after each retransmission; this one was set to ${secs(timeout)} s.`,
          `重传计时器从 RTO（${secs(firstRto)} 秒）开始，每次重传后加倍；这一次设定为 ${secs(timeout)} 秒。`,
        );
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
      text: L(
        `${rule.en} After step ${step + 1} (t = ${secs(after.nowUs / 1_000_000)} s) it fires at t = ${secs(timer.dueUs / 1_000_000)} s: in ${secs(key)} s.`,
        `${rule.zh}第 ${step + 1} 步之后（t = ${secs(after.nowUs / 1_000_000)} 秒），它在 t = ${secs(timer.dueUs / 1_000_000)} 秒到期：还有 ${secs(key)} 秒。`,
      ),
      rfc: c.ask.timer === "time-wait" ? "3.10.8" : "3.8.1",
      diagram: explanationDiagram(c.run, step),
    },
  };
}
