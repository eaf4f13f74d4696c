import { describe, expect, it } from "vitest";
import { formatFlags } from "../content/flags";
import { answerFor, CONCEPTS, DIFFICULTIES, generateQuestion, listTemplates, MISCONCEPTIONS, type Question } from ".";
import { OTHER_MISCONCEPTION } from "./misconceptions";
import { hasPrecondition, preconditionHolds } from "./preconditions";
import { runScenario } from "./story";

// The checks of issue 11, section 2: what would have caught the content review's findings.

// Every template, the topic templates included, is held to every check below.
const templates = listTemplates();
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("misconception labels fit the run", () => {
  it("every label has a premise the trace can check (none is exempt)", () => {
    const missing = MISCONCEPTIONS.filter((m) => m.id !== OTHER_MISCONCEPTION && !hasPrecondition(m.id)).map((m) => m.id);
    expect(missing).toEqual([]);
  });

  it.each(templates.map((t) => [t.id]))("%s: every distractor's label has its premise in the engine's trace (seeds 1..40, every level)", (id) => {
    const failures: string[] = [];
    for (const d of DIFFICULTIES)
      for (const seed of range(40)) {
        const q = generateQuestion(id, seed, d);
        const run = runScenario(q.scenario);
        for (const x of q.distractors)
          if (!preconditionHolds(q, run, x)) failures.push(`seed ${seed} d${d}: ${x.misconception} on ${JSON.stringify(x.response)}`);
      }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

describe("a class cannot share its answers", () => {
  it.each(templates.map((t) => [t.id]))("%s: at every level, the most common key covers at most half of seeds 1..20", (id) => {
    for (const d of DIFFICULTIES) {
      const counts = new Map<string, number>();
      for (const seed of range(20)) {
        const key = JSON.stringify(answerFor(generateQuestion(id, seed, d)));
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      expect(count, `d${d}: ${top}`).toBeLessThanOrEqual(10);
    }
  });
});

/** What an explanation's text and its diagram must agree on. */
function disagreements(q: Question): string[] {
  const { trace } = q.explanation.diagram;
  const text = q.explanation.text.en;
  const out: string[] = [];
  // Every segment the text names exists, with the flags the text gives it.
  for (const m of text.matchAll(/segment (\d+)(?: \(([A-Z,]+)[ )])?/g)) {
    const s = trace.segments[Number(m[1]) - 1];
    if (!s) out.push(`names segment ${m[1]}, which the diagram does not have`);
    else if (m[2] && m[2] !== formatFlags(s.flags)) out.push(`calls segment ${m[1]} ${m[2]}, the diagram ${formatFlags(s.flags)}`);
  }
  // Every state change the text states happened in the run.
  // Every endpoint starts CLOSED, before the first step.
  const before = (i: number, side: "A" | "B") => (i === 0 ? "CLOSED" : trace.steps[i - 1]!.states[side]);
  const changes = trace.steps.flatMap((step, i) =>
    (["A", "B"] as const).filter((side) => before(i, side) !== step.states[side]).map((side) => `${side}:${before(i, side)}>${step.states[side]}`),
  );
  for (const m of text.matchAll(/\b([AB]) went from ([A-Z0-9-]+) to ([A-Z0-9-]+)/g))
    if (!changes.includes(`${m[1]}:${m[2]}>${m[3]}`)) out.push(`says ${m[1]} went from ${m[2]} to ${m[3]}`);
  for (const m of text.matchAll(/\b([AB]) went ((?:[A-Z0-9-]+ → )+[A-Z0-9-]+)/g)) {
    const path: string[] = ["CLOSED"];
    for (const step of trace.steps) if (path[path.length - 1] !== step.states[m[1] as "A" | "B"]) path.push(step.states[m[1] as "A" | "B"]);
    if (!path.join(" → ").includes(m[2]!)) out.push(`says ${m[1]} went ${m[2]}, the diagram ${path.join(" → ")}`);
  }
  // Nothing in the diagram the text cannot account for: a retransmission, a RST, a challenge ACK.
  const occupies = (s: (typeof trace.segments)[number]) => s.len > 0 || s.flags.includes("SYN") || s.flags.includes("FIN");
  const retransmitted = trace.segments.some(
    (s, i) =>
      occupies(s) &&
      trace.segments
        .slice(0, i)
        .some((e) => e.from === s.from && e.port === s.port && e.seq === s.seq && e.ack === s.ack && e.len === s.len && e.flags.join() === s.flags.join()),
  );
  if (retransmitted && !/retransmi/i.test(text)) out.push("shows a retransmission the text never mentions");
  const rsts = trace.segments.filter((s) => s.flags.includes("RST"));
  if (rsts.length > 0 && !/\bRST\b|\bABORT\b|\babort\b/.test(text)) out.push("shows a RST the text never mentions");
  if (rsts.length > 1 && !/\bRSTs\b/.test(text)) out.push(`shows ${rsts.length} RSTs where the text tells of one`);
  // "B returned to LISTEN" / "sent it back to LISTEN" after a RST: the run's return to LISTEN must be that RST's doing.
  const run = runScenario(q.scenario);
  const backToListen = run.records.flatMap((r) => r.transitions.filter((t) => t.to === "LISTEN" && t.from !== "CLOSED"));
  const claims = text
    .split(/(?<=\.) /)
    .filter((sentence) => /\bRST\b/.test(sentence) && /(returned|back) to LISTEN/.test(sentence) && /\b[AB]\b/.test(sentence));
  if (claims.length > 0 && !backToListen.some((t) => t.event === "rcv:RST"))
    out.push(`says a RST sent an endpoint back to LISTEN, but the run returned there on ${backToListen.map((t) => t.event).join(", ") || "nothing"}`);
  return out;
}

describe("the explanation's diagram and its text agree", () => {
  it.each(templates.map((t) => [t.id]))("%s (seeds 1..40, every level)", (id) => {
    const failures: string[] = [];
    for (const d of DIFFICULTIES)
      for (const seed of range(40)) for (const problem of disagreements(generateQuestion(id, seed, d))) failures.push(`seed ${seed} d${d}: ${problem}`);
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

/** GLOSSARY.zh.md's "not this" column: words Handshake does not use (for TCP). */
const NOT_THESE = [
  "三路握手",
  "四路挥手",
  "四次握手",
  "三个报文段完成关闭",
  "半打开",
  "序号",
  "应答号",
  "单纯的 ACK",
  "重发",
  "定时器",
  "最大报文段寿命",
  "主动 OPEN",
  "被动 OPEN",
  "侦听",
  "重置",
  "服务端",
  "本次运行",
  "数据包",
];

/** The writing rules of GLOSSARY.zh.md that a machine can check. */
export function zhProblems(text: string): string[] {
  const outside = text.replace(/`[^`]*`/g, "");
  const out: string[] = [];
  const spacing = /[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/.exec(outside);
  if (spacing) out.push(`no space in "${outside.slice(Math.max(0, spacing.index - 6), spacing.index + 8)}"`);
  if (/ {2}/.test(text)) out.push("a double space");
  if (/\bACK,(SYN|FIN|RST)\b/.test(text)) out.push("flags in reversed order");
  for (const word of NOT_THESE) if (text.includes(word)) out.push(`"${word}" (see the glossary)`);
  return out;
}

/** Every Chinese string a question shows: prompt, input labels and options, key, explanation. */
function zhStrings(q: Question): string[] {
  const input = q.input.zh;
  const labels =
    input.kind === "number"
      ? [input.label]
      : input.kind === "diagram-blanks"
        ? input.blanks.map((b) => b.label)
        : input.kind === "choice"
          ? input.options.map((o) => o.text)
          : [];
  return [q.prompt.zh, q.keyText.zh, q.explanation.text.zh, ...labels];
}

describe("Chinese follows the glossary's rules", () => {
  it("in misconception labels, concept names and template titles", () => {
    const strings = [...MISCONCEPTIONS.map((m) => m.label.zh), ...CONCEPTS.flatMap((c) => [c.name.zh, c.summary.zh]), ...templates.map((t) => t.title.zh)];
    expect(strings.flatMap((s) => zhProblems(s).map((p) => `${p}: ${s}`))).toEqual([]);
  });

  it.each(templates.map((t) => [t.id]))("in every string of %s (seeds 1..20, every level)", (id) => {
    const failures: string[] = [];
    for (const d of DIFFICULTIES)
      for (const seed of range(20))
        for (const s of zhStrings(generateQuestion(id, seed, d))) for (const p of zhProblems(s)) failures.push(`seed ${seed} d${d}: ${p}`);
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it("catches what the review found", () => {
    expect(zhProblems("ack是多少")).not.toEqual([]);
    expect(zhProblems("此时A 发出")).not.toEqual([]);
    expect(zhProblems("B 发送  不发送")).not.toEqual([]);
    expect(zhProblems("它带有 ACK,FIN。")).not.toEqual([]);
    expect(zhProblems("本次运行中")).not.toEqual([]);
    expect(zhProblems("确认号 `ack是` 是多少？")).toEqual([]);
  });
});
