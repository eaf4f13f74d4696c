/**
 * The distractors of an authored question: the built-in misconceptions (lib/questions/
 * misconceptions.ts, the same ids and labels the templates use), each applied only where its
 * precondition holds in this run, with its wrong value computed from the engine's numbers.
 * A rule whose precondition fails gives nothing, so a question never offers a "mistake" that
 * could not have been made here. The registry's rule (drop a distractor equal to the key or to
 * an earlier one) is applied by generate.ts.
 */
import { seqAdd, SEQ_SPACE, type DetailedRun, type Flag, type Side, type TcpState, type TraceSegment } from "../tcp";
import type { KnownMisconception } from "../questions/misconceptions";
import { statePath } from "../questions/run-read";

export interface Mistake<T> {
  value: T;
  misconception: KnownMisconception;
}

/** The sequence number after a segment: seq + data + 1 for a SYN + 1 for a FIN. */
const endOf = (s: TraceSegment): number => seqAdd(s.seq, s.len + (s.flags.includes("SYN") ? 1 : 0) + (s.flags.includes("FIN") ? 1 : 0));
const has = (s: TraceSegment, flag: Flag) => s.flags.includes(flag);

/** The ISS of a side in the run (its last OPEN). */
const issOf = (run: DetailedRun, side: Side): number => run.states[run.states.length - 1]!.tcb[side].iss;

/**
 * Mistakes on the seq or ack of segment `s`:
 * - ack: the peer's last sequence-consuming segment ends at the key. If it was a SYN or FIN,
 *   forgetting that it takes a number gives key - 1; if it carried data, forgetting the data
 *   gives key - len. seq: the same with the sender's own earlier segments.
 * - ack: the sender's own seq (+ 1) instead of the peer's (acked-own-number, ack-number-as-seq);
 *   seq: the ack instead (ack-number-as-seq), only when the ACK bit is set.
 * - the key wrapped past 2^32 (it is below the ISS it grew from): the unwrapped sum.
 * - a retransmission given a new number (seq of a segment that repeats an earlier one).
 */
export function numberMistakes(run: DetailedRun, s: TraceSegment, field: "seq" | "ack"): Mistake<number>[] {
  const key = s[field];
  const out: Mistake<number>[] = [];
  const counted = run.trace.segments.filter(
    (p) => p.id < s.id && (field === "ack" ? p.from !== s.from && p.fate === "delivered" : p.from === s.from) && endOf(p) === key && endOf(p) !== p.seq,
  );
  const last = counted[counted.length - 1];
  if (last) {
    if (has(last, "SYN")) out.push({ value: seqAdd(key, -1), misconception: "syn-takes-no-sequence-number" });
    if (has(last, "FIN")) out.push({ value: seqAdd(key, -1), misconception: "fin-takes-no-sequence-number" });
    if (last.len > 0) out.push({ value: seqAdd(key, -last.len), misconception: "forgot-data-length" });
  }
  if (field === "ack" && has(s, "ACK")) {
    out.push({ value: seqAdd(s.seq, 1), misconception: "acked-own-number" });
    out.push({ value: s.seq, misconception: "ack-number-as-seq" });
  }
  if (field === "seq" && has(s, "ACK")) out.push({ value: s.ack, misconception: "ack-number-as-seq" });
  const growsFrom = issOf(run, field === "seq" ? s.from : s.to);
  if (key < growsFrom && growsFrom - key > SEQ_SPACE / 2) out.push({ value: key + SEQ_SPACE, misconception: "no-wraparound" });
  const repeats = run.trace.segments.some((p) => p.id < s.id && p.from === s.from && p.seq === s.seq && p.flags.join() === s.flags.join() && p.len === s.len);
  if (field === "seq" && repeats) out.push({ value: seqAdd(s.seq, Math.max(1, s.len)), misconception: "retransmit-new-number" });
  return out;
}

/**
 * Mistakes on the flags of segment `s`:
 * - an ACK bit left out (reply-missing-ack), on any segment but a first SYN;
 * - an ACK added to a first SYN (first-syn-has-ack);
 * - a SYN repeated on the third handshake segment (syn-repeated): a bare ACK from a side that sent a SYN;
 * - a FIN,ACK thought unable to carry the ACK (fin-cannot-carry-ack);
 * - a RST answering a SYN taken for a SYN,ACK (closed-port-accepts);
 * - a RST from an ABORT taken for a FIN (abort-as-close).
 */
export function flagsMistakes(run: DetailedRun, scenarioSteps: readonly unknown[], s: TraceSegment): Mistake<Flag[]>[] {
  const out: Mistake<Flag[]>[] = [];
  const earlier = run.trace.segments.filter((p) => p.id < s.id);
  if (has(s, "ACK")) out.push({ value: s.flags.filter((f) => f !== "ACK"), misconception: "reply-missing-ack" });
  if (has(s, "SYN") && !has(s, "ACK")) out.push({ value: ["ACK", "SYN"], misconception: "first-syn-has-ack" });
  if (
    s.flags.join() === "ACK" &&
    s.len === 0 &&
    earlier.some((p) => p.from === s.from && has(p, "SYN")) &&
    earlier.some((p) => p.from !== s.from && has(p, "SYN"))
  ) {
    out.push({ value: ["ACK", "SYN"], misconception: "syn-repeated" });
  }
  if (has(s, "FIN") && has(s, "ACK")) out.push({ value: ["FIN"], misconception: "fin-cannot-carry-ack" });
  if (has(s, "RST")) {
    const answered = earlier.filter((p) => p.to === s.from && p.fate === "delivered").at(-1);
    if (answered && has(answered, "SYN") && !has(answered, "ACK")) out.push({ value: ["ACK", "SYN"], misconception: "closed-port-accepts" });
    const sentBy = run.trace.steps.find((step) => step.sent.includes(s.id));
    const cause = sentBy ? (scenarioSteps[sentBy.i] as { call?: string } | undefined) : undefined;
    if (cause?.call === "abort") out.push({ value: ["ACK", "FIN"], misconception: "abort-as-close" });
  }
  return out;
}

/** The classic confusions of a state (as teardown-states uses them), each needing the key to be that state. */
const CONFUSED_WITH: Partial<Record<TcpState, [TcpState, KnownMisconception][]>> = {
  "SYN-SENT": [["LISTEN", "listen-vs-syn-sent"]],
  "SYN-RECEIVED": [
    ["ESTABLISHED", "skipped-syn-received"],
    ["SYN-SENT", "listen-vs-syn-sent"],
  ],
  "FIN-WAIT-1": [["FIN-WAIT-2", "fin-wait-1-vs-2"]],
  "FIN-WAIT-2": [
    ["CLOSE-WAIT", "swapped-close-wait-fin-wait-2"],
    ["FIN-WAIT-1", "fin-wait-1-vs-2"],
  ],
  "CLOSE-WAIT": [
    ["FIN-WAIT-2", "swapped-close-wait-fin-wait-2"],
    ["LAST-ACK", "close-wait-vs-last-ack"],
  ],
  "LAST-ACK": [
    ["CLOSE-WAIT", "close-wait-vs-last-ack"],
    ["CLOSED", "closed-too-early"],
  ],
  CLOSING: [["TIME-WAIT", "closing-vs-time-wait"]],
  "TIME-WAIT": [
    ["CLOSED", "skipped-time-wait"],
    ["CLOSING", "closing-vs-time-wait"],
  ],
};

/**
 * Mistakes on the state of `side` after `step`: the state before its latest change
 * (state-not-updated), the next one it reaches (state-before-arrival), the other side's
 * (other-side-state), the classic confusions of the key, and after an acceptable RST the state
 * it left (rst-ignored) or, back in LISTEN, CLOSED (passive-rst-returns-to-listen).
 */
export function stateMistakes(run: DetailedRun, step: number, side: Side): Mistake<TcpState>[] {
  const key = run.trace.steps[step]!.states[side];
  const pathUpTo = statePath(run, side, step);
  const path = statePath(run, side);
  const before = pathUpTo[pathUpTo.length - 2];
  const next = path[pathUpTo.length];
  const out: Mistake<TcpState>[] = [];
  const rst = (run.records[step]?.transitions ?? []).find((t) => t.side === side && t.event === "rcv:RST");
  if (rst) {
    out.push({ value: rst.from, misconception: "rst-ignored" });
    if (key === "LISTEN") out.push({ value: "CLOSED", misconception: "passive-rst-returns-to-listen" });
  }
  out.push(...(CONFUSED_WITH[key] ?? []).map(([value, misconception]) => ({ value, misconception })));
  if (before) out.push({ value: before, misconception: "state-not-updated" });
  if (next) out.push({ value: next, misconception: "state-before-arrival" });
  out.push({ value: run.trace.steps[step]!.states[side === "A" ? "B" : "A"], misconception: "other-side-state" });
  return out;
}

/**
 * Mistakes on the order of states: a step the textbook learner skips is taken out
 * (SYN-RECEIVED, FIN-WAIT-2, TIME-WAIT), a client sent through SYN-RECEIVED, CLOSE-WAIT and
 * FIN-WAIT-2 swapped. Each only when the key has the states it changes.
 */
export function orderMistakes(key: readonly TcpState[]): Mistake<TcpState[]>[] {
  const out: Mistake<TcpState[]>[] = [];
  const without = (state: TcpState) => key.filter((s) => s !== state);
  if (key.includes("SYN-RECEIVED")) out.push({ value: without("SYN-RECEIVED"), misconception: "skipped-syn-received" });
  const direct = key.findIndex((s, i) => s === "SYN-SENT" && key[i + 1] === "ESTABLISHED");
  if (direct >= 0) out.push({ value: [...key.slice(0, direct + 1), "SYN-RECEIVED", ...key.slice(direct + 1)], misconception: "client-syn-received" });
  if (key.includes("FIN-WAIT-2")) {
    out.push({ value: without("FIN-WAIT-2"), misconception: "skipped-fin-wait-2" });
    out.push({ value: key.map((s) => (s === "FIN-WAIT-2" ? "CLOSE-WAIT" : s)), misconception: "swapped-close-wait-fin-wait-2" });
  }
  if (key.includes("CLOSE-WAIT")) out.push({ value: key.map((s) => (s === "CLOSE-WAIT" ? "FIN-WAIT-2" : s)), misconception: "swapped-close-wait-fin-wait-2" });
  if (key.includes("TIME-WAIT")) out.push({ value: without("TIME-WAIT"), misconception: "skipped-time-wait" });
  return out.filter((m) => m.value.length > 0);
}

/**
 * Mistakes on the seconds left until a timer fires (`timeout`: the timer's whole length):
 * TIME-WAIT taken as 1 MSL (time-wait-one-msl: MSL less) or as no wait (time-wait-skipped);
 * a backed-off retransmission timer taken at the first RTO (no-backoff), only once it has doubled.
 */
export function timerMistakes(o: { kind: "retransmission" | "time-wait"; key: number; timeout: number; msl: number; firstRto: number }): Mistake<number>[] {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  if (o.kind === "time-wait") {
    const oneMsl = round(o.key - o.msl);
    return [...(oneMsl > 0 ? [{ value: oneMsl, misconception: "time-wait-one-msl" as const }] : []), { value: 0, misconception: "time-wait-skipped" }];
  }
  const unbacked = round(o.key - (o.timeout - o.firstRto));
  return o.timeout > o.firstRto && unbacked > 0 ? [{ value: unbacked, misconception: "no-backoff" }] : [];
}
