import { SEQ_SPACE, type TcpState, type TraceSegment } from "../tcp";
import {
  about,
  anySegment,
  has,
  type PreconditionContext,
  sameSet,
  segments,
  sentAt,
  stateBefore,
  transitionsAt,
  visits,
  type Check,
} from "./precondition-kit";
import type { TOPIC_LABELS } from "./topic-misconceptions";

/**
 * The premises of the topic labels (topic-misconceptions.ts): what the engine's run must show for
 * the mistake a label names to fit a wrong answer. preconditions.ts joins them to the others.
 */

const SYNCHRONIZED: readonly TcpState[] = ["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"];

interface Arrival {
  segment: TraceSegment;
  step: number;
  /** The receiver's state just before (the default connection's: segments of other ports have none here). */
  before: TcpState | null;
  replies: TraceSegment[];
  moved: boolean;
}

/** Every segment that arrived, with its receiver's state before and what the receiver sent in that step. */
function arrivals(c: PreconditionContext): Arrival[] {
  return c.run.trace.steps.flatMap((step) =>
    step.received.map((id) => {
      const segment = segments(c)[id - 1]!;
      return {
        segment,
        step: step.i,
        before: segment.port === undefined ? stateBefore(c, step.i, segment.to) : null,
        replies: sentAt(c, step.i, segment.to),
        moved: transitionsAt(c, step.i, segment.to).length > 0,
      };
    }),
  );
}
const anyArrival =
  (test: (a: Arrival) => boolean): Check =>
  (c) =>
    arrivals(c).some(test);
const transitioned =
  (test: (t: { from: TcpState; to: TcpState; event: string }) => boolean): Check =>
  (c) =>
    c.run.records.some((r) => r.transitions.some(test));
const pureAck = (s: TraceSegment) => sameSet(s.flags, ["ACK"]) && s.len === 0;
const synOnly = (s: TraceSegment) => sameSet(s.flags, ["SYN"]);
const synAck = (s: TraceSegment) => sameSet(s.flags, ["SYN", "ACK"]);
const sentTwice =
  (test: (s: TraceSegment) => boolean): Check =>
  (c) =>
    segments(c).some(
      (s, i) =>
        test(s) &&
        segments(c)
          .slice(0, i)
          .some((e) => test(e) && e.from === s.from && e.seq === s.seq),
    );

const listenerStates = (c: PreconditionContext) => c.run.trace.steps.flatMap((s) => (s.listener ? [s.listener] : []));
const limit = (c: PreconditionContext, queue: "synQueue" | "acceptQueue") => c.question.scenario.listener?.[queue] ?? 128;
const queueFull =
  (queue: "synQueue" | "acceptQueue"): Check =>
  (c) =>
    listenerStates(c).some((l) => l[queue] >= limit(c, queue));
const atEnd =
  (queue: "synQueue" | "acceptQueue"): Check =>
  (c) =>
    (listenerStates(c).at(-1)?.[queue] ?? 0) > 0;

const synchronizedRst = (a: Arrival) => has(a.segment, "RST") && a.before !== null && SYNCHRONIZED.includes(a.before);
const rstChallenged = anyArrival((a) => synchronizedRst(a) && !a.moved && a.replies.some(pureAck));
const rstDropped = anyArrival((a) => synchronizedRst(a) && !a.moved && a.replies.length === 0);
const rstReset = anyArrival((a) => synchronizedRst(a) && a.moved);
const synAnsweredWith = (test: (s: TraceSegment) => boolean) => anyArrival((a) => synOnly(a.segment) && a.replies.some(test));
const unansweredSyn: Check = (c) => segments(c).some((s) => synOnly(s) && s.fate === "dropped") && !segments(c).some((s) => s.from !== segments(c)[0]!.from);
const finWait2TimedOut = transitioned((t) => t.event === "timeout:fin-wait-2" && t.to === "CLOSED");
/** A pure ACK that took time on the way: sent at one time, arriving later. */
const slowAck: Check = (c) => {
  const sentAtTime = new Map(c.run.trace.steps.flatMap((s) => s.sent.map((id) => [id, s.t] as const)));
  return c.run.trace.steps.some((s) => s.received.some((id) => pureAck(segments(c)[id - 1]!) && s.t > (sentAtTime.get(id) ?? s.t)));
};
/** A keep-alive probe: a pure ACK sent while the clock ran (a wait step) by a side with keep-alive on. */
const keepAliveProbe: Check = (c) =>
  c.question.scenario.steps.some(
    (step, i) =>
      "wait" in step &&
      sentAt(c, i, "A")
        .concat(sentAt(c, i, "B"))
        .some((s) => pureAck(s) && c.question.scenario.keepAlive?.[s.from] !== undefined),
  );

/** The steps at which `state` endpoints were told to CLOSE, with what followed in that step. */
const closeCalls = (c: PreconditionContext, state: TcpState) =>
  c.question.scenario.steps.flatMap((step, i) =>
    "call" in step && step.call === "close" && stateBefore(c, i, step.on) === state
      ? [{ moved: transitionsAt(c, i, step.on).length > 0, sent: sentAt(c, i, step.on) }]
      : [],
  );
const closedInListen: Check = (c) => closeCalls(c, "LISTEN").some((x) => x.moved && x.sent.length === 0);
const closedInSynReceived: Check = (c) => closeCalls(c, "SYN-RECEIVED").length > 0;

const finOnClose: Check = (c) => closeCalls(c, "ESTABLISHED").some((x) => x.sent.some((s) => has(s, "FIN")));

/** The data lengths of the first data sender's segments, in order. */
const dataSizes = (c: PreconditionContext) => {
  const data = segments(c).filter((s) => s.len > 0);
  return data.filter((s) => s.from === data[0]?.from).map((s) => s.len);
};

/** A stack with RFC 1337's fix received a RST in TIME-WAIT, stayed and sent nothing. */
const rfc1337Drop: Check = (c) =>
  c.question.scenario.timeWaitIgnoresRst === true &&
  anyArrival((a) => has(a.segment, "RST") && a.before === "TIME-WAIT" && !a.moved && a.replies.length === 0)(c);

export const TOPIC_PRECONDITIONS: Record<keyof typeof TOPIC_LABELS, Check> = {
  "syn-flood-always-drops": (c) => listenerStates(c).length > 0 && synAnsweredWith(synAck)(c),
  "syn-cookie-always": (c) => listenerStates(c).some((l) => l.synQueue > 0),
  "syn-queue-unbounded": queueFull("synQueue"),
  "overload-sends-rst": (c) => queueFull("synQueue")(c) && !segments(c).some((s) => has(s, "RST")),
  "flooded-listener-sends-rst": (c) =>
    !segments(c).some((s) => has(s, "RST")) &&
    anyArrival((a) => synOnly(a.segment) && a.replies.some(synAck) && (c.run.trace.steps[a.step - 1]?.listener?.synQueue ?? 0) < limit(c, "synQueue"))(c),
  "accept-queue-unbounded": queueFull("acceptQueue"),
  "half-open-counted-as-accepted": atEnd("synQueue"),
  "completed-stay-in-syn-queue": atEnd("acceptQueue"),
  "duplicate-syn-gets-synack": anyArrival((a) => synOnly(a.segment) && a.before === "SYN-RECEIVED" && a.replies.some(pureAck)),
  "synack-not-retransmitted": sentTwice(synAck),
  "only-pure-ack-completes": anyArrival((a) => a.segment.len > 0 && has(a.segment, "ACK") && a.before === "SYN-RECEIVED" && a.moved),
  "passive-timeout-closed": transitioned((t) => t.from === "SYN-RECEIVED" && t.to === "LISTEN" && t.event === "timeout:retransmission"),
  "give-up-at-last-send": transitioned((t) => t.event === "timeout:retransmission"),
  "rate-bits-as-bytes": anySegment((s) => s.len > 0),
  "space-is-2-31": anySegment((s) => s.len > 0 && s.seq + s.len > SEQ_SPACE),
  "headers-take-sequence-numbers": (c) =>
    segments(c).some((s) => s.len > 0 && segments(c).some((r) => r.from !== s.from && has(r, "ACK") && r.ack === (s.seq + s.len) % SEQ_SPACE)),
  "isn-clock-microseconds": anySegment(synOnly),
  "isn-clock-only": anySegment(synOnly),
  "keepalive-probe-new-byte": keepAliveProbe,
  "keepalive-idle-forgotten": transitioned((t) => t.event === "timeout:keep-alive"),
  "keepalive-gives-up-at-last-probe": transitioned((t) => t.event === "timeout:keep-alive"),
  "any-rst-resets": rstChallenged,
  "in-window-rst-ignored": rstChallenged,
  "out-of-window-rst-answered": rstDropped,
  "exact-rst-challenged": rstReset,
  "syn-in-established-restarts": anyArrival(
    (a) => synOnly(a.segment) && a.before !== null && SYNCHRONIZED.includes(a.before) && !a.moved && a.replies.some(pureAck),
  ),
  "close-wait-ends-by-itself": (c) => Object.values(c.run.trace.steps.at(-1)!.states).includes("CLOSE-WAIT"),
  "fin-wait-2-forever": finWait2TimedOut,
  "fin-wait-2-timeout-from-close": finWait2TimedOut,
  "fin-wait-2-timeout-from-ack-sent": (c) => finWait2TimedOut(c) && slowAck(c),
  "fin-wait-2-timeout-to-time-wait": finWait2TimedOut,
  "fin-wait-2-is-closed": about((c, side, step) => c.run.trace.steps[step]!.states[side] === "FIN-WAIT-2"),
  "time-wait-rst-ignored-by-rfc": anyArrival((a) => has(a.segment, "RST") && a.before === "TIME-WAIT" && a.moved),
  "time-wait-rst-always-closes": rfc1337Drop,
  "time-wait-rst-answered": rfc1337Drop,
  "close-in-listen-keeps-listening": closedInListen,
  "close-in-listen-sends-fin": closedInListen,
  "close-in-syn-received-deletes": closedInSynReceived,
  "close-in-syn-received-to-listen": closedInSynReceived,
  "close-skips-queued-data": (c) => closeCalls(c, "SYN-RECEIVED").some((x) => !x.moved && x.sent.length === 0),
  "shutdown-sends-rst": finOnClose,
  "shutdown-silent": finOnClose,
  "mss-larger-used": (c) => {
    const announced = segments(c)
      .filter((s) => has(s, "SYN") && s.mss !== undefined)
      .map((s) => s.mss!);
    return announced.length >= 2 && new Set(announced).size > 1 && dataSizes(c).includes(Math.min(...announced));
  },
  "mss-default-forgotten": (c) =>
    segments(c).some((s) => has(s, "SYN") && s.mss !== undefined) &&
    segments(c).some((s) => has(s, "SYN") && s.mss === undefined) &&
    dataSizes(c).includes(536),
  "mss-includes-headers": (c) => segments(c).some((s) => has(s, "SYN") && s.mss !== undefined) && dataSizes(c).length > 1,
  "last-segment-not-counted": (c) => {
    const sizes = dataSizes(c);
    return sizes.length > 1 && sizes.at(-1)! < sizes[0]!;
  },
  "time-wait-refuses-every-syn": transitioned((t) => t.from === "TIME-WAIT" && t.to === "SYN-RECEIVED"),
  "time-wait-blocks-port": visits("TIME-WAIT"),
  "time-wait-pair-free": (c) =>
    c.run.trace.steps.some(
      (s) => s.error === "connection already exists" && (c.run.states[s.i]!.tcb.A.state === "TIME-WAIT" || c.run.states[s.i]!.tcb.B.state === "TIME-WAIT"),
    ) || anyArrival((a) => synOnly(a.segment) && a.before === "TIME-WAIT" && !a.moved)(c),
  "silence-means-closed": unansweredSyn,
  "silence-means-open": unansweredSyn,
  "rst-means-filtered": synAnsweredWith((s) => has(s, "RST")),
  "any-answer-means-open": synAnsweredWith((s) => has(s, "RST")),
  "synack-means-closed": synAnsweredWith(synAck),
  "ack-per-segment": (c) =>
    segments(c).some(
      (s, i) =>
        pureAck(s) &&
        s.fate === "dropped" &&
        segments(c)
          .slice(i + 1)
          .some((l) => pureAck(l) && l.from === s.from && l.fate === "delivered"),
    ),
  "ack-counts-segments": anySegment((s) => s.len > 1),
};
