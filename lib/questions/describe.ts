import { TRANSITIONS, type DetailedRun, type Side, type StepTransition, type TcpState, type TraceSegment, type TransitionEvent } from "../tcp";
import { formatFlags } from "../content/flags";
import { formatSegment } from "../content/segment";
import { L } from "./text";
import type { Localized } from "./types";

/** Sentences generated from an engine run, for prompts and explanations. */

/** "segment 2 (SYN,ACK seq=5000 ack=1001)" */
export function segmentText(s: TraceSegment, withNumbers = true): Localized {
  const fields = withNumbers ? formatSegment(s) : formatFlags(s.flags);
  return L(`segment ${s.id} (${fields})`, `报文段 ${s.id}（${fields}）`);
}

/** What an ACK acknowledged, named from the state it was received in (never "its SYN or FIN"). */
const ACK_OF: Partial<Record<TcpState, Localized>> = {
  "SYN-RECEIVED": L("it received the ACK of its SYN,ACK", "它收到了对自己 SYN,ACK 的确认"),
  "FIN-WAIT-1": L("it received the ACK of its FIN", "它收到了对自己 FIN 的确认"),
  CLOSING: L("it received the ACK of its FIN", "它收到了对自己 FIN 的确认"),
  "LAST-ACK": L("it received the ACK of its FIN", "它收到了对自己 FIN 的确认"),
};

const EVENT: Record<TransitionEvent | "host:crash", Localized> = {
  "call:listen": L("its application called listen, a passive OPEN", "它的应用调用了 listen，即被动打开"),
  "call:connect": L("its application called connect, an active OPEN", "它的应用调用了 connect，即主动打开"),
  "call:send": L("its application sent data", "它的应用发送了数据"),
  "call:close": L("its application called close: it has no more data to send", "它的应用调用了 close：它已没有数据要发送"),
  "call:abort": L("its application called abort", "它的应用调用了 abort"),
  "rcv:SYN": L("it received a SYN", "它收到了 SYN"),
  "rcv:SYN-ACK": L("it received a SYN,ACK acknowledging its SYN", "它收到了确认自己 SYN 的 SYN,ACK"),
  "rcv:ACK": L("it received the ACK of its SYN,ACK or FIN", "它收到了对自己 SYN,ACK 或 FIN 的确认"),
  "rcv:FIN": L("it received the peer's FIN", "它收到了对方的 FIN"),
  "rcv:FIN-ACK": L("it received the peer's FIN, which also acknowledged its own FIN", "它收到了对方的 FIN，该报文段同时确认了自己的 FIN"),
  "rcv:RST": L("it received an acceptable RST", "它收到了可接受的 RST"),
  "timeout:retransmission": L("it gave up after its last retransmission", "最后一次重传后仍未得到确认，它放弃了连接"),
  "timeout:time-wait": L("its 2 MSL timer expired", "它的 2MSL 计时器到期"),
  "timeout:keep-alive": L("its last keep-alive probe went unanswered", "它的最后一个保活探测报文段没有得到应答"),
  "timeout:fin-wait-2": L("its FIN-WAIT-2 timer expired", "它的 FIN-WAIT-2 计时器到期"),
  "host:crash": L("its host crashed and restarted", "它所在的主机崩溃并重启"),
};

const eventOf = (t: Pick<StepTransition, "from" | "event">): Localized => (t.event === "rcv:ACK" ? (ACK_OF[t.from] ?? EVENT["rcv:ACK"]) : EVENT[t.event]);

/** The RFC 9293 section of a state change, from the engine's state graph. */
export function rfcOf(t: Pick<StepTransition, "from" | "to" | "event">): string {
  return TRANSITIONS.find((e) => e.from === t.from && e.to === t.to && e.event === t.event)?.rfc ?? "3.10";
}

/** The state changes of one side during a step. */
export const transitionsOf = (run: DetailedRun, step: number, side: Side): StepTransition[] =>
  (run.records[step]?.transitions ?? []).filter((t) => t.side === side);

/** The segments that arrived at `side` during a step. */
export const arrivalsAt = (run: DetailedRun, step: number, side: Side): TraceSegment[] =>
  (run.trace.steps[step]?.received ?? []).map((id) => run.trace.segments[id - 1]!).filter((s) => s.to === side);

/** "B went from LISTEN to SYN-RECEIVED because it received a SYN (RFC 9293 section 3.10.7.2)." */
export function transitionText(run: DetailedRun, step: number, side: Side): Localized {
  const changes = transitionsOf(run, step, side);
  if (changes.length === 0) {
    const state = run.trace.steps[step]!.states[side];
    const arrived = arrivalsAt(run, step, side)[0];
    return arrived
      ? L(
          `Segment ${arrived.id} (${formatSegment(arrived)}) arrived at ${side}, but it did not change ${side}'s state: ${side} stayed in ${state}.`,
          `${segmentText(arrived).zh}到达了 ${side}，但没有改变 ${side} 的状态：${side} 仍处于 ${state}。`,
        )
      : L(
          `Nothing arrived at ${side} at this step and it made no call, so it stayed in ${state}.`,
          `这一步没有报文段到达 ${side}，${side} 也没有调用任何操作，所以它仍处于 ${state}。`,
        );
  }
  const parts = changes.map((t) =>
    L(
      `${side} went from ${t.from} to ${t.to} because ${eventOf(t).en} (RFC 9293 section ${rfcOf(t)}).`,
      `${side} 从 ${t.from} 进入 ${t.to}，原因是${eventOf(t).zh}（RFC 9293 第 ${rfcOf(t)} 节）。`,
    ),
  );
  return { en: parts.map((p) => p.en).join(" "), zh: parts.map((p) => p.zh).join("") };
}

/** What happened in a step, in words that do not give away its outcome: a whole clause, shown after a colon. */
export function stepText(run: DetailedRun, scenario: { steps: readonly unknown[] }, step: number): Localized {
  const s = scenario.steps[step] as Record<string, unknown> | undefined;
  if (!s) return L("", "");
  if ("call" in s) {
    const on = String(s.on);
    const bytes = typeof s.bytes === "number" ? s.bytes : 0;
    switch (s.call) {
      case "listen":
        return L(`${on} calls listen (passive OPEN)`, `${on} 调用 listen（被动打开）`);
      case "connect":
        return L(`${on} calls connect (active OPEN)`, `${on} 调用 connect（主动打开）`);
      case "send":
        return L(`${on}'s application sends ${bytes} bytes`, `${on} 的应用发送 ${bytes} 字节数据`);
      case "close":
        return L(`${on}'s application calls close`, `${on} 的应用调用 close`);
      default:
        return L(`${on}'s application calls abort`, `${on} 的应用调用 abort`);
    }
  }
  const id = typeof s.deliver === "number" ? s.deliver : typeof s.drop === "number" ? s.drop : null;
  if (id !== null) {
    const seg = run.trace.segments[id - 1]!;
    const what = segmentText(seg);
    return "deliver" in s
      ? L(`${what.en} from ${seg.from} arrives at ${seg.to}`, `${seg.from} 发出的${what.zh}到达 ${seg.to}`)
      : L(`${what.en} from ${seg.from} is lost`, `${seg.from} 发出的${what.zh}丢失`);
  }
  if (typeof s.wait === "number") return L(`${s.wait} seconds pass`, `经过了 ${s.wait} 秒`);
  if ("crash" in s) return L(`${String(s.crash)}'s host crashes and restarts`, `${String(s.crash)} 所在的主机崩溃并重启`);
  return L("a segment arrives from outside the connection", "一个来自连接之外的报文段到达");
}
