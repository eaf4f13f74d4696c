import { other, type Side, type TcpState } from "../../tcp/types";
import { secs } from "../../content/text";
import { fill, formatSegment, toSegmentView } from "../format";
import type { EngineCardView, Locale, Localized } from "../types";
import type { EngineDraw, EngineEvent } from "./draw";
import { L } from "./spec";

/** The sentences every engine card is written with, in both languages. */
export const ENGINE_TEXT = {
  situation: L("{side} is in {state}.", "{side} 处于 {state} 状态。"),
  receive: L("It receives {segment}.", "它收到报文段 {segment}。"),
  connect: L("Its application opens a connection (active OPEN).", "它的应用程序主动打开连接（active OPEN）。"),
  listen: L("Its application waits for a connection (passive OPEN).", "它的应用程序被动打开，等待连接（passive OPEN）。"),
  send: L("Its application sends {bytes} bytes (SEND).", "它的应用程序发送 {bytes} 字节数据（SEND）。"),
  close: L("Its application calls CLOSE: it has no more data to send.", "它的应用程序调用 CLOSE：已没有数据要发送。"),
  abort: L("Its application calls ABORT.", "它的应用程序中止连接（调用 ABORT）。"),
  wait: L("{seconds} s pass and nothing arrives.", "{seconds} 秒过去了，其间没有报文段到达。"),
  tcbSynSent: L("{side}: ISS = {iss}, SND.NXT = {sndNxt}.", "{side}：ISS = {iss}，SND.NXT = {sndNxt}。"),
  tcb: L("{side}: SND.UNA = {sndUna}, SND.NXT = {sndNxt}, RCV.NXT = {rcvNxt}.", "{side}：SND.UNA = {sndUna}，SND.NXT = {sndNxt}，RCV.NXT = {rcvNxt}。"),
  prompt: L("What does {side} do next: which state, and which segment does it send?", "{side} 接下来怎么做：进入什么状态，发送什么报文段？"),
  moves: L("{side} moves to {state}.", "{side} 进入 {state} 状态。"),
  stays: L("{side} stays in {state}.", "{side} 仍处于 {state} 状态。"),
  sendsNothing: L("Nothing is sent.", "不发送任何报文段。"),
  sends: L("Sent:", "发送："),
  note: L("{side} tells its application: {note}.", "{side} 通知它的应用程序：{note}。"),
} as const;

/** What the engine tells an application, as RFC 9293 words it; unknown notes are shown as they are. */
export const NOTE_TEXT: Readonly<Record<string, Localized>> = {
  "connection reset": L("connection reset", "连接被复位（connection reset）"),
  "connection refused": L("connection refused", "连接被拒绝（connection refused）"),
  "connection timed out": L("connection timed out", "连接超时（connection timed out）"),
  "remote closed": L("the remote side has closed (no more data will arrive)", "对方已关闭（不会再有数据到达）"),
};

function eventText(event: EngineEvent, locale: Locale): string {
  switch (event.kind) {
    case "receive":
      return fill(ENGINE_TEXT.receive[locale], { segment: formatSegment(event.segment) });
    case "wait":
      return fill(ENGINE_TEXT.wait[locale], { seconds: secs(event.seconds) });
    case "call":
      return event.call === "send" ? fill(ENGINE_TEXT.send[locale], { bytes: event.bytes ?? 0 }) : ENGINE_TEXT[event.call][locale];
  }
}

const UNSYNCHRONIZED: readonly TcpState[] = ["CLOSED", "LISTEN"];

function tcbText(draw: EngineDraw, locale: Locale): string | null {
  const state = draw.before[draw.subject];
  if (UNSYNCHRONIZED.includes(state)) return null;
  const vars = { side: draw.subject, ...draw.tcb };
  return fill(state === "SYN-SENT" ? ENGINE_TEXT.tcbSynSent[locale] : ENGINE_TEXT.tcb[locale], vars);
}

const stateSentence = (side: Side, from: TcpState, to: TcpState, locale: Locale) =>
  fill((from === to ? ENGINE_TEXT.stays : ENGINE_TEXT.moves)[locale], { side, state: to });

/** The card in one language. Every number on it comes from the draw, that is from the engine. */
export function renderEngineCard(draw: EngineDraw, locale: Locale): EngineCardView {
  const { spec, subject, before, after } = draw;
  const peer = other(subject);
  const vars = { subject, peer, ...draw.vars };
  return {
    kind: "engine",
    id: `engine:${spec.slug}`,
    concept: spec.concept,
    seed: draw.seed,
    situation: fill(ENGINE_TEXT.situation[locale], { side: subject, state: before[subject] }),
    event: eventText(draw.event, locale),
    context: (spec.context ?? []).map((text) => fill(text[locale], vars)),
    tcb: tcbText(draw, locale),
    prompt: fill(ENGINE_TEXT.prompt[locale], { side: subject }),
    result: {
      subject,
      before: before[subject],
      after: after[subject],
      stateLine: stateSentence(subject, before[subject], after[subject], locale),
      otherStates: before[peer] === after[peer] ? [] : [stateSentence(peer, before[peer], after[peer], locale)],
      sent: draw.sent.map(toSegmentView),
      sentLine: draw.sent.length === 0 ? ENGINE_TEXT.sendsNothing[locale] : ENGINE_TEXT.sends[locale],
      notes: draw.notes.map((n) => fill(ENGINE_TEXT.note[locale], { side: n.side, note: NOTE_TEXT[n.text]?.[locale] ?? n.text })),
    },
    rule: fill(spec.rule[locale], vars),
    diagram: { trace: draw.run.trace, highlightStep: draw.step },
  };
}
