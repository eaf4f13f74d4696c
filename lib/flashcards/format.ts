import { formatFlags } from "../content/flags";
import { formatSegment } from "../content/segment";
import { fill } from "../content/text";
import type { TraceSegment } from "../tcp/types";
import type { Locale, SegmentView } from "./types";

/** The content toolkit's one flag order and segment header ("FIN,ACK seq=4200 ack=7001"). */
export { formatFlags, formatSegment };

export const toSegmentView = (s: TraceSegment): SegmentView => ({
  from: s.from,
  to: s.to,
  flags: formatFlags(s.flags),
  seq: s.seq,
  ack: s.ack,
  len: s.len,
  text: formatSegment(s),
});

/** Replaces each {name} with vars.name; an unknown placeholder is a bug in a card, so it throws. */
export { fill };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A scheduling interval as Anki writes it on its buttons: "1m", "10m", "5h", "3d", "2.1mo", "1.5y"
 * in English, "1 分钟", "3 天" in Chinese (a space between digits and Chinese, as the glossary asks). Under a minute counts as one minute (a card is never due
 * "now" again once rated).
 */
export function formatInterval(ms: number, locale: Locale): string {
  const units = locale === "zh" ? { m: " 分钟", h: " 小时", d: " 天", mo: " 个月", y: " 年" } : { m: "m", h: "h", d: "d", mo: "mo", y: "y" };
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}${units.m}`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}${units.h}`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}${units.d}`;
  if (days < 365) return `${oneDecimal(days / 30)}${units.mo}`;
  return `${oneDecimal(days / 365)}${units.y}`;
}

const oneDecimal = (n: number): string => String(Math.round(n * 10) / 10);
