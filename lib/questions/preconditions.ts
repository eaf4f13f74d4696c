import { SEQ_SPACE, type DetailedRun, type Side } from "../tcp";
import type { KnownMisconception } from "./misconceptions";
import {
  aborts,
  abortSent,
  about,
  anySegment,
  arrivalsAt,
  arrivalsAtClosed,
  distractorFlags,
  distractorState,
  has,
  keyFlags,
  latestTransition,
  nextTransition,
  rstArrivedAt,
  sameSet,
  scenarioStep,
  segments,
  sentAt,
  stateBefore,
  transitionsAt,
  visitedBy,
  visits,
  type Check,
} from "./precondition-kit";
import { TOPIC_PRECONDITIONS } from "./topic-preconditions";
import type { Distractor, Question } from "./types";

/**
 * What must be true in the engine's run for a misconception's label to fit a wrong answer: a label
 * saying "although the segment had arrived" needs a segment that arrived at the asked side and
 * moved it, "forgot that a FIN consumes a number" needs a FIN, and so on. The content checks run
 * every template over many seeds and levels and fail on a distractor whose label's premise is false.
 */

/** Every label has its premise: a label without one does not compile (and content-checks.test.ts fails). */
export const PRECONDITIONS: Record<KnownMisconception, Check> = {
  "syn-takes-no-sequence-number": anySegment((s) => has(s, "SYN")),
  "fin-takes-no-sequence-number": anySegment((s) => has(s, "FIN")),
  "forgot-data-length": anySegment((s) => s.len > 0),
  "acked-own-number": anySegment((s) => has(s, "ACK")),
  "ack-number-as-seq": anySegment((s) => has(s, "ACK")),
  "pure-ack-takes-a-number": anySegment((s) => sameSet(s.flags, ["ACK"]) && s.len === 0),
  "no-wraparound": (c) => {
    const r = c.distractor.response;
    const values = r.kind === "number" ? [r.value] : r.kind === "diagram-blanks" ? r.values : [];
    return values.some((v) => typeof v === "number" && v >= SEQ_SPACE);
  },
  "state-before-arrival": about((c, side, step) => {
    const t = nextTransition(c, step, side);
    return t !== undefined && t.event.startsWith("rcv:") && t.to === distractorState(c);
  }),
  "state-not-updated": about(
    (c, side, step) =>
      arrivalsAt(c, step, side).length > 0 && transitionsAt(c, step, side).some((t) => t.event.startsWith("rcv:") && t.from === distractorState(c)),
  ),
  "state-not-updated-after-call": about((c, side, step) =>
    transitionsAt(c, step, side).some((t) => t.event.startsWith("call:") && t.from === distractorState(c)),
  ),
  "state-before-call": about((c, side, step) => {
    const t = nextTransition(c, step, side);
    return t !== undefined && t.event.startsWith("call:") && t.to === distractorState(c);
  }),
  "state-follows-peer": about((c, side, step) => {
    const peer: Side = side === "A" ? "B" : "A";
    const peerEvent = transitionsAt(c, step, peer).length > 0 || arrivalsAt(c, step, peer).length > 0;
    return transitionsAt(c, step, side).length === 0 && peerEvent && latestTransition(c, step, side)?.from === distractorState(c);
  }),
  "lost-segment-counted": about((c, side, step) => {
    const s = scenarioStep(c, step);
    return typeof s?.drop === "number";
  }),
  "other-side-state": about((c, side, step) => c.run.trace.steps[step]!.states[side === "A" ? "B" : "A"] === distractorState(c)),
  "listen-vs-syn-sent": visits("SYN-SENT"),
  "swapped-close-wait-fin-wait-2": visits("FIN-WAIT-2", "CLOSE-WAIT"),
  "fin-wait-1-vs-2": visits("FIN-WAIT-1"),
  "close-wait-vs-last-ack": visits("CLOSE-WAIT"),
  "closed-too-early": visits("LAST-ACK", "TIME-WAIT"),
  "time-wait-wrong-side": (c) => visitedBy(c, "A", "TIME-WAIT") !== visitedBy(c, "B", "TIME-WAIT"),
  "time-wait-one-msl": visits("TIME-WAIT"),
  "time-wait-skipped": visits("TIME-WAIT"),
  "time-wait-not-restarted": (c) =>
    c.run.trace.steps.some((step) =>
      arrivalsAt(c, step.i, "A")
        .concat(arrivalsAt(c, step.i, "B"))
        .some((s) => has(s, "FIN") && stateBefore(c, step.i, s.to) === "TIME-WAIT"),
    ),
  "time-wait-forever": visits("TIME-WAIT"),
  "half-close-closes-both": anySegment((s) => has(s, "FIN")),
  "closer-still-sends": anySegment((s) => has(s, "FIN")),
  // Only where the answer's segment has ACK (its sender had the peer's SYN) and the wrong answer is that segment without it.
  "reply-missing-ack": (c) => {
    const key = keyFlags(c);
    return (
      key !== null &&
      key.includes("ACK") &&
      sameSet(
        distractorFlags(c),
        key.filter((f) => f !== "ACK"),
      )
    );
  },
  "first-syn-has-ack": (c) => sameSet(keyFlags(c) ?? [], ["SYN"]),
  "syn-repeated": (c) => distractorFlags(c).includes("SYN") && !(keyFlags(c) ?? []).includes("SYN"),
  "skipped-syn-received": visits("SYN-RECEIVED"),
  "client-syn-received": visits("SYN-SENT"),
  "skipped-fin-wait-2": visits("FIN-WAIT-2"),
  "skipped-time-wait": visits("TIME-WAIT"),
  "closed-port-accepts": (c) => arrivalsAtClosed(c).some((a) => has(a.segment, "SYN")),
  "closed-port-ignores-syn": (c) => arrivalsAtClosed(c).some((a) => has(a.segment, "SYN")),
  "closed-port-ignores-segment": (c) => arrivalsAtClosed(c).some((a) => !has(a.segment, "RST")),
  "crashed-host-remembers": (c) => c.question.scenario.steps.some((s) => "crash" in (s as object)),
  "rst-to-syn-without-ack": (c) => arrivalsAtClosed(c).some((a) => !has(a.segment, "ACK") && a.replies.some((r) => has(r, "RST") && has(r, "ACK"))),
  "rst-to-ack-with-ack": (c) => arrivalsAtClosed(c).some((a) => has(a.segment, "ACK") && a.replies.some((r) => sameSet(r.flags, ["RST"]))),
  // A SYN that no endpoint sent: an old duplicate from an earlier connection.
  "receiver-recognizes-old-syn": (c) => segments(c).some((s) => has(s, "SYN") && !c.run.trace.steps.some((step) => step.sent.includes(s.id))),
  "two-way-handshake-enough": (c) => segments(c).some((s) => has(s, "SYN") && !c.run.trace.steps.some((step) => step.sent.includes(s.id))),
  "fin-cannot-carry-ack": anySegment((s) => has(s, "FIN") && has(s, "ACK")),
  "delayed-ack-separate": (c) => c.run.states[0]!.config.delayedAck,
  "delayed-ack-waits-forever": (c) => c.run.states[0]!.config.delayedAck,
  "close-is-symmetric-with-open": anySegment((s) => has(s, "FIN")),
  "simultaneous-as-normal": (c) => visits("CLOSING")(c) || (visitedBy(c, "A", "SYN-SENT") && visitedBy(c, "B", "SYN-SENT")),
  "closing-vs-time-wait": visits("CLOSING"),
  "crossing-fins-always-closing": (c) => visits("FIN-WAIT-2")(c) && visits("CLOSING")(c),
  "rst-acknowledged": (c) => c.run.trace.steps.some((step) => step.received.some((id) => has(segments(c)[id - 1]!, "RST"))),
  "rst-ignored": about((c, side, step) => rstArrivedAt(c, side, step) && transitionsAt(c, step, side).some((t) => t.event === "rcv:RST")),
  "rst-inexact-accepted": about(
    (c, side, step) => rstArrivedAt(c, side, step) && transitionsAt(c, step, side).length === 0 && sentAt(c, step, side).some((s) => sameSet(s.flags, ["ACK"])),
  ),
  "rst-out-of-window-accepted": about(
    (c, side, step) => rstArrivedAt(c, side, step) && transitionsAt(c, step, side).length === 0 && sentAt(c, step, side).length === 0,
  ),
  "passive-rst-returns-to-listen": (c) =>
    c.run.records.some((r) => r.transitions.some((t) => t.from === "SYN-RECEIVED" && t.to === "LISTEN" && t.event === "rcv:RST")),
  "abort-as-close": (c) => aborts(c).length > 0,
  "abort-silent": (c) => abortSent(c),
  "abort-always-rst": (c) => aborts(c).length > 0 && !abortSent(c),
  "backoff-not-summed": anySegment((s) => s.fate === "dropped"),
  "no-backoff": anySegment((s) => s.fate === "dropped"),
  "retransmit-new-number": anySegment((s) => s.fate === "dropped"),
  "lost-segment-not-retransmitted": anySegment((s) => s.fate === "dropped"),
  "wrong-side-retransmits": anySegment((s) => s.fate === "dropped"),
  ...TOPIC_PRECONDITIONS,
};

/** Whether a label has a premise here (every known label has: PRECONDITIONS' type requires it). */
export const hasPrecondition = (misconception: string): boolean => misconception in PRECONDITIONS;

/** Does the distractor's label fit the run? */
export function preconditionHolds(question: Question, run: DetailedRun, distractor: Distractor): boolean {
  const check = (PRECONDITIONS as Record<string, Check>)[distractor.misconception];
  return check !== undefined && check({ question, run, distractor });
}
