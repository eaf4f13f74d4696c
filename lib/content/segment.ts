import type { TraceSegment } from "../tcp/types";
import { formatFlags } from "./flags";

export type SegmentFields = Pick<TraceSegment, "flags" | "seq" | "ack" | "len">;

/**
 * A segment's header as every page writes it: "FIN,ACK seq=1001 ack=5001", with `ack=` only when
 * the ACK bit is set (otherwise the field means nothing) and `len=` only for data.
 */
export function formatSegment(s: SegmentFields): string {
  const parts = [formatFlags(s.flags), `seq=${s.seq}`, s.flags.includes("ACK") ? `ack=${s.ack}` : "", s.len > 0 ? `len=${s.len}` : ""];
  return parts.filter((p) => p !== "").join(" ");
}
