/**
 * How authored questions name segments, in the glossary's words: flags as SYN,ACK / FIN,ACK /
 * RST,ACK (never ACK,FIN), "Segment 4" at the start of a sentence.
 */
import type { Localized } from "../questions/types";
import type { TraceSegment } from "../tcp";

/** Flags as the glossary writes them: SYN,ACK / FIN,ACK / RST,ACK. */
export const flagList = (flags: readonly string[]): string => ["SYN", "FIN", "RST", "ACK"].filter((f) => flags.includes(f)).join(",");

/** "segment 2 (SYN,ACK seq=5000 ack=1001)" / "报文段 2（SYN,ACK seq=5000 ack=1001）". */
export function segmentWords(s: TraceSegment, capital = false): Localized {
  const numbers = `seq=${s.seq}${s.flags.includes("ACK") ? ` ack=${s.ack}` : ""}${s.len ? ` len=${s.len}` : ""}`;
  const flags = flagList(s.flags);
  const inner = flags ? `${flags} ${numbers}` : numbers;
  return { en: `${capital ? "Segment" : "segment"} ${s.id} (${inner})`, zh: `报文段 ${s.id}（${inner}）` };
}
