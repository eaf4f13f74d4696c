import type { Translator } from "@/lib/i18n/translate";
import { CALL_ERRORS, type Step, type StepRecord } from "@/lib/tcp";
import { formatSegment } from "@/lib/content/segment";
import type { Side, TraceSegment } from "@/lib/tcp/types";

/**
 * The step log's words: what a step did, in one line a person reads ("A: close → FIN-WAIT-1,
 * sent #4 FIN,ACK seq=1001 ack=5001"), in the reader's language. The engine reports notes and
 * refusals in RFC 9293's English; the ones it can produce are translated here, and anything
 * else is shown as the engine wrote it.
 */

type T = Translator<"simulator">;

/** The content toolkit's one flag order and segment header ("FIN,ACK seq=1001 ack=5001"), as every page writes them. */
export { formatFlags } from "@/lib/content/flags";
export { formatSegment as segmentFields } from "@/lib/content/segment";

export const segmentText = (s: TraceSegment): string => `#${s.id} ${formatSegment(s)}`;

/** "2", "0.2", "240": seconds without trailing zeros. */
export const formatSeconds = (seconds: number): string => String(Math.round(seconds * 1000) / 1000);

/** Who acted, for a call or a crash: their own state change is then written without repeating the side. */
export function stepActor(step: Step): Side | null {
  if ("call" in step) return step.on;
  if ("crash" in step) return step.crash;
  return null;
}

export function stepAction(step: Step, t: T): string {
  if ("call" in step) {
    const side = step.on;
    switch (step.call) {
      case "listen":
        return t("stepListen", { side });
      case "connect":
        return t("stepConnect", { side });
      case "send":
        return t("stepSend", { side, bytes: step.bytes ?? 0 });
      case "close":
        return t("stepClose", { side });
      case "abort":
        return t("stepAbort", { side });
    }
  }
  if ("deliver" in step) return step.deliver === "all" ? t("stepDeliverAll") : t("stepDeliver", { id: step.deliver });
  if ("drop" in step) return t("stepDrop", { id: step.drop });
  if ("duplicate" in step) return t("stepDuplicate", { id: step.duplicate });
  if ("inject" in step) return t("stepInject", { segment: formatSegment(step.inject), to: step.inject.to });
  if ("crash" in step) return t("stepCrash", { side: step.crash });
  return t("stepWait", { seconds: formatSeconds(step.wait) });
}

const NOTE_KEYS = {
  "connection refused": "noteRefused",
  "connection reset": "noteReset",
  "connection timed out": "noteTimedOut",
  "remote closed": "noteRemoteClosed",
} as const;

/** "B: connection reset" in the reader's language. */
export function translateNote(note: string, t: T): string {
  const match = /^([AB]): (.*)$/.exec(note);
  if (!match) return note;
  const [, side = "", text = ""] = match;
  const key = NOTE_KEYS[text as keyof typeof NOTE_KEYS];
  return t("noteLine", { side, note: key ? t(key) : text });
}

export function translateError(error: string, t: T): string {
  if (error === CALL_ERRORS.doesNotExist) return t("errorDoesNotExist");
  if (error === CALL_ERRORS.alreadyExists) return t("errorAlreadyExists");
  if (error === CALL_ERRORS.closing) return t("errorClosing");
  const notInFlight = /^segment (\d+) is not in flight$/.exec(error);
  if (notInFlight) return t("errorNotInFlight", { id: notInFlight[1]! });
  const missing = /^segment (\d+) does not exist$/.exec(error);
  if (missing) return t("errorNoSegment", { id: missing[1]! });
  return error;
}

export interface StepLine {
  /** What was done: "A: close". */
  action: string;
  /** What followed: state changes and segments sent, "FIN-WAIT-1, sent #4 FIN,ACK seq=1001 ack=5001". */
  effects: string;
  notes: string[];
  error: string | null;
  /** All of it in one line, for the log and for announcements. */
  text: string;
}

/**
 * One step in words. `segments` must include every segment the step sent (the latest state's
 * list does: segments are never removed).
 */
export function describeStep(step: Step, record: StepRecord, segments: readonly TraceSegment[], t: T): StepLine {
  const actor = stepActor(step);
  const sep = t("logSeparator");
  const states = record.transitions.map((tr) => (tr.side === actor ? tr.to : t("logState", { side: tr.side, state: tr.to })));
  const sent = record.sent.map((id) => segments[id - 1]).filter((s): s is TraceSegment => s !== undefined);
  const effectParts = [...states];
  if (sent.length) effectParts.push(t("logSent", { segments: sent.map(segmentText).join(sep) }));
  const effects = effectParts.join(sep);
  const notes = record.notes.map((n) => translateNote(n, t));
  const error = record.error === null ? null : t("logError", { error: translateError(record.error, t) });
  const action = stepAction(step, t);
  // Each joint is a message of its own, so each language punctuates it its own way.
  let text = effects ? t("logLine", { action, effects }) : action;
  if (notes.length) text = t("logLineNotes", { line: text, notes: notes.join(sep) });
  if (error) text = t("logLineError", { line: text, error });
  return { action, effects, notes, error, text };
}
