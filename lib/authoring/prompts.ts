/**
 * The generated prompt of each kind of ask, written with placeholders so that it reads right in
 * every variant, and the values those placeholders take in one variant.
 */
import type { DetailedRun, Scenario, Side } from "../tcp";
import { stepText } from "../questions/describe";
import { stepSending } from "../questions/run-read";
import type { Localized } from "../questions/types";
import type { Ask } from "./spec";
import { flagList, segmentWords } from "./words";

const L = (en: string, zh: string): Localized => ({ en, zh });

export function defaultPrompt(ask: Ask): Localized {
  switch (ask.kind) {
    case "state":
      return L("In the exchange shown, next {event}. What state is {side} in right after this?", "在图示的交互之后，{event}。紧接着 {side} 处于什么状态？");
    case "segment":
      if (ask.field === "flags") {
        return L(
          "In the exchange shown, next {event}. Which control bits (flags) does segment {segment}, from {sender} to {receiver}, carry?",
          "在图示的交互之后，{event}。由 {sender} 发往 {receiver} 的报文段 {segment} 设置了哪些控制位（标志位）？",
        );
      }
      return ask.field === "seq"
        ? L(
            "In the exchange shown, next {event}. What sequence number (seq) does segment {segment}, from {sender} to {receiver}, carry?",
            "在图示的交互之后，{event}。由 {sender} 发往 {receiver} 的报文段 {segment} 的序列号 seq 是多少？",
          )
        : L(
            "In the exchange shown, next {event}. What acknowledgment number (ack) does segment {segment}, from {sender} to {receiver}, carry?",
            "在图示的交互之后，{event}。由 {sender} 发往 {receiver} 的报文段 {segment} 的确认号 ack 是多少？",
          );
    case "state-order":
      return L(
        "Put in order the states {side} passes through in this exchange, from the first to the last. The numbered blanks in the diagram are where {side} changes state.",
        "请按先后顺序排列 {side} 在这次交互中经过的状态。时序图中编号的空格就是 {side} 改变状态的位置。",
      );
    case "blanks":
      return L(
        "{client} and {server} exchange the segments shown. Fill in the numbered blanks of the sequence diagram.",
        "{client} 与 {server} 交换了图中的报文段。请填写时序图中编号的空格。",
      );
    case "lost-segment":
      return L(
        "{client} and {server} exchange the segments shown. Exactly one of them was lost on the way; the arrows do not show which. Judging by the states and by what was sent next, which segment was lost?",
        "{client} 与 {server} 交换了图中的报文段。其中恰好有一个在途中丢失，箭头没有标出是哪一个。根据双方的状态和之后发送的报文段判断，丢失的是哪个报文段？",
      );
    case "timer":
      return ask.timer === "time-wait"
        ? L(
            "In the exchange shown, step {step}: {event}. How many seconds after this step does {side}'s TIME-WAIT timer fire?",
            "在图示的交互中，第 {step} 步：{event}。这一步之后再过多少秒，{side} 的 TIME-WAIT 计时器到期？",
          )
        : L(
            "In the exchange shown, step {step}: {event}. How many seconds after this step does {side}'s retransmission timer fire?",
            "在图示的交互中，第 {step} 步：{event}。这一步之后再过多少秒，{side} 的重传计时器到期？",
          );
  }
}

/** What a step does, in words that do not give away its outcome (stepText, plus the steps it leaves out). */
export function eventText(run: DetailedRun, scenario: Scenario, step: number): Localized {
  const s = scenario.steps[step];
  if (!s) return L("", "");
  if ("deliver" in s && s.deliver === "all") return L("every segment in flight arrives, replies included", "所有在途的报文段依次到达（包括应答）");
  if ("duplicate" in s) return L(`a copy of segment ${s.duplicate} goes into flight`, `报文段 ${s.duplicate} 的一个副本进入网络`);
  if ("crash" in s) return L(`${s.crash}'s host crashes and restarts`, `${s.crash} 所在的主机崩溃并重启`);
  const id = "deliver" in s ? s.deliver : "drop" in s ? s.drop : null;
  const segment = typeof id === "number" ? run.trace.segments[id - 1] : undefined;
  if (segment) {
    const words = segmentWords(segment);
    return "deliver" in s
      ? L(`${words.en} from ${segment.from} arrives at ${segment.to}`, `${segment.from} 发出的${words.zh}到达 ${segment.to}`)
      : L(`${words.en} from ${segment.from} is lost`, `${segment.from} 发出的${words.zh}丢失`);
  }
  return stepText(run, scenario, step);
}

/** The client is the side that connects first (A when nobody connects). */
export function clientOf(scenario: Scenario): Side {
  const connect = scenario.steps.find((s) => "call" in s && s.call === "connect");
  return connect && "call" in connect ? connect.on : "A";
}

/** Every placeholder's value in one variant, per language where the words differ. */
export function placeholderValues(run: DetailedRun, scenario: Scenario, ask: Ask): Record<"en" | "zh", Record<string, string>> {
  const client = clientOf(scenario);
  const server: Side = client === "A" ? "B" : "A";
  const rtoOf = (side: Side) => String(typeof scenario.rto === "number" ? scenario.rto : scenario.rto[side]);
  const common: Record<string, string> = {
    client,
    server,
    "isn.client": String(scenario.isn[client]),
    "isn.server": String(scenario.isn[server]),
    msl: String(scenario.msl),
    rto: rtoOf(client),
  };
  for (const s of run.trace.segments) {
    common[`seg.${s.id}.seq`] = String(s.seq);
    common[`seg.${s.id}.ack`] = String(s.ack);
    common[`seg.${s.id}.len`] = String(s.len);
    common[`seg.${s.id}.flags`] = flagList(s.flags) || "—";
  }
  let event: Localized | null = null;
  if ("side" in ask) common.side = ask.side;
  if (ask.kind === "state" || ask.kind === "timer") {
    common.step = String(ask.step + 1);
    event = eventText(run, scenario, ask.step);
  }
  if (ask.kind === "segment") {
    const s = run.trace.segments[ask.segment - 1];
    common.segment = String(ask.segment);
    if (s) {
      common.sender = s.from;
      common.receiver = s.to;
      event = eventText(run, scenario, stepSending(run, s.id));
    }
  }
  return { en: { ...common, ...(event ? { event: event.en } : {}) }, zh: { ...common, ...(event ? { event: event.zh } : {}) } };
}
