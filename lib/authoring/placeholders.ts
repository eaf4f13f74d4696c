/**
 * Placeholders in a teacher's prompt: {client}, {isn.client}, {seg.2.seq}... Each names a number
 * or a side of the student's own variant, so one prompt reads right for every student. Which
 * names exist depends on what is asked and on the run (segment 7 exists only if the run has it);
 * a placeholder that names nothing, or that would print the answer, is refused.
 */
import type { DetailedRun } from "../tcp";
import type { Localized } from "../questions/types";
import type { Problem } from "./problems";
import type { Ask } from "./spec";

const PATTERN = /\{([a-zA-Z0-9.]+)\}/g;
const SEGMENT_FIELDS = ["seq", "ack", "len", "flags"] as const;

/** The placeholders of a prompt, in order, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PATTERN)].map((m) => m[1]!))];
}

/** The simple names an ask offers (seg.N.field comes on top, for every segment of the run). */
export function namesFor(ask: Ask): string[] {
  const common = ["client", "server", "isn.client", "isn.server", "msl", "rto"];
  switch (ask.kind) {
    case "state":
    case "timer":
      return [...common, "side", "step", "event"];
    case "state-order":
      return [...common, "side"];
    case "segment":
      return [...common, "segment", "sender", "receiver", "event"];
    case "blanks":
    case "lost-segment":
      return common;
  }
}

/** Segment fields a prompt must not print because they are (part of) the answer. */
function revealing(ask: Ask): Set<string> {
  if (ask.kind === "segment") return new Set(ask.field === "flags" ? [`seg.${ask.segment}.flags`] : [`seg.${ask.segment}.${ask.field}`]);
  if (ask.kind === "blanks") return new Set(ask.blanks.flatMap((b) => ("segment" in b ? [`seg.${b.segment}.${b.field}`] : [])));
  return new Set();
}

/** Every placeholder of both prompts checked against the ask and the unvaried run. */
export function checkPlaceholders(prompt: Localized, ask: Ask, run: DetailedRun): Problem[] {
  const problems: Problem[] = [];
  const simple = new Set(namesFor(ask));
  const answer = revealing(ask);
  const segmentCount = run.trace.segments.length;
  for (const locale of ["en", "zh"] as const) {
    for (const name of placeholdersIn(prompt[locale])) {
      const path = `prompt.${locale}`;
      const seg = /^seg\.(\d+)\.(\w+)$/.exec(name);
      if (seg) {
        const id = Number(seg[1]);
        if (!(SEGMENT_FIELDS as readonly string[]).includes(seg[2]!)) {
          problems.push({
            path,
            message: {
              en: `{${name}} names nothing: a segment placeholder ends in .seq, .ack, .len or .flags.`,
              zh: `{${name}} 不对应任何内容：报文段占位符须以 .seq、.ack、.len 或 .flags 结尾。`,
            },
          });
        } else if (id < 1 || id > segmentCount) {
          problems.push({
            path,
            message: {
              en: `{${name}} names segment ${id}, but the run has ${segmentCount} segments.`,
              zh: `{${name}} 指向报文段 ${id}，但本次运行只有 ${segmentCount} 个报文段。`,
            },
          });
        } else if (answer.has(name)) {
          problems.push({ path, message: { en: `{${name}} would print the answer in the prompt.`, zh: `{${name}} 会在题干中直接给出答案。` } });
        }
        continue;
      }
      if (!simple.has(name)) {
        const known = [...simple].map((n) => `{${n}}`).join(", ");
        problems.push({
          path,
          message: {
            en: `{${name}} names nothing here. Available: ${known}, {seg.N.seq|ack|len|flags}.`,
            zh: `{${name}} 在此不对应任何内容。可用的占位符：${known}、{seg.N.seq|ack|len|flags}。`,
          },
        });
      }
    }
  }
  return problems;
}

/** A bare A or B in a prompt is wrong for the students whose sides are swapped ("A segment..." is English, not a side). */
export function mentionsSideLetter(text: string): boolean {
  return /(^|[^A-Za-z0-9_{.])(A(?! [a-z])|B)(?=$|[^A-Za-z0-9_}])/.test(text.replace(PATTERN, ""));
}

/** The prompt with every placeholder replaced; a name without a value stays as written. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PATTERN, (whole, name: string) => values[name] ?? whole);
}
