import { mulberry32 } from "@/lib/content/random";
import type { ConceptId } from "@/lib/questions/types";
import { TCP_STATES, type TcpState } from "@/lib/tcp";
import type { Role } from "./notes";
import type { AnalysedConnection } from "./observe-connection";

/**
 * Questions about a learner's own capture, made and graded with the same analysis: the server
 * rebuilds the question from (capture, connection, seed) and grades it, so no key is stored and
 * none is sent before the answer. Each kind asks what the capture alone does not print:
 * - state-after: the state of one endpoint after segment n (the capture shows segments, not states);
 * - lost-segment: which segment never reached its peer (only where the analysis found one);
 * - next-ack: the acknowledgment number an endpoint sends in segment n, from the segments before it.
 */
export type CaptureQuestion =
  | { kind: "state-after"; segment: number; role: Role; choices: TcpState[] }
  | { kind: "lost-segment"; choices: number[] }
  | { kind: "next-ack"; segment: number; role: Role };

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

function shuffle<T>(next: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function makeCaptureQuestion(connection: AnalysedConnection, seed: number): CaptureQuestion | null {
  const segments = connection.segments;
  if (segments.length < 2) return null;
  // Deterministic (mulberry32), so a seed always gives the same question.
  const next = mulberry32(seed).next;
  const lost = segments.filter((s) => !s.delivered);
  const acking = segments.filter((s) => s.i > 0 && s.ack !== null);
  const kinds = ["state-after", ...(lost.length ? ["lost-segment"] : []), ...(acking.length ? ["next-ack"] : [])] as const;
  const kind = pick(next, kinds);
  if (kind === "lost-segment") {
    const answer = pick(next, lost).i;
    const others = shuffle(
      next,
      segments.filter((s) => s.i !== answer).map((s) => s.i),
    ).slice(0, 3);
    return { kind, choices: shuffle(next, [answer, ...others]).sort((a, b) => a - b) };
  }
  if (kind === "next-ack") {
    const s = pick(next, acking);
    return { kind, segment: s.i, role: s.from };
  }
  const s = pick(next, segments);
  const role: Role = next() < 0.5 ? "client" : "server";
  const answer = s.after[role];
  // The states this endpoint went through, then others, four in all, in the RFC's order.
  const seen = [...new Set(segments.map((x) => x.after[role]))].filter((state) => state !== answer);
  const others = shuffle(
    next,
    TCP_STATES.filter((state) => state !== answer && !seen.includes(state)),
  );
  const choices = [answer, ...shuffle(next, seen).slice(0, 2), ...others].slice(0, 4);
  return { kind: "state-after", segment: s.i, role, choices: TCP_STATES.filter((state) => choices.includes(state)) };
}

/** The key, as the learner would type or choose it. */
export function captureQuestionKey(connection: AnalysedConnection, question: CaptureQuestion): string {
  switch (question.kind) {
    case "state-after":
      return connection.segments[question.segment]!.after[question.role];
    case "lost-segment":
      return String(question.choices.find((i) => !connection.segments[i]!.delivered) ?? "");
    case "next-ack":
      return String(connection.segments[question.segment]!.ack);
  }
}

export function gradeCaptureAnswer(connection: AnalysedConnection, question: CaptureQuestion, answer: string): { correct: boolean; key: string } {
  const key = captureQuestionKey(connection, question);
  return { correct: answer.trim().replace(/^#/, "") === key, key };
}

/**
 * The concept a question about a capture exercises, for the learner's mastery: a lost segment is
 * loss; an acknowledgment number belongs to the handshake, the data phase or the close by where
 * the segment falls; a state by the state (a reset where a RST brought it about).
 */
export function captureQuestionConcept(connection: AnalysedConnection, question: CaptureQuestion): ConceptId {
  if (question.kind === "lost-segment") return "loss";
  const upTo = connection.segments.slice(0, question.segment + 1);
  if (question.kind === "next-ack") {
    if (upTo.some((s) => s.flags.includes("FIN"))) return "teardown-numbers";
    const established = upTo.slice(0, -1).some((s) => s.after.client === "ESTABLISHED" && s.after.server === "ESTABLISHED");
    return established ? "data-phase" : "handshake-numbers";
  }
  const state = connection.segments[question.segment]!.after[question.role];
  if (state === "TIME-WAIT") return "time-wait";
  if (upTo.some((s) => s.flags.includes("RST")) && (state === "CLOSED" || state === "LISTEN")) return "resets";
  if (state === "SYN-SENT" || state === "SYN-RECEIVED" || state === "LISTEN" || state === "ESTABLISHED") return "handshake-states";
  return "teardown-states";
}
