import type { Flag, Trace, TraceSegment, TraceStep } from "@/lib/tcp";
import type { AnalysedConnection } from "./observe-connection";

/**
 * Segments `from` to `to` (indexes, end excluded) of an analysed connection as an engine trace,
 * so the app's sequence diagram draws them with both states on every row: step 0 holds the
 * states before the window, step k + 1 those after its k-th segment. A segment that crossed
 * another arrives at the step of the segment it crossed.
 */
export function connectionTrace(connection: AnalysedConnection, from = 0, to = connection.segments.length): Trace {
  const rows = connection.segments.slice(from, to);
  const before = from === 0 ? connection.before : connection.segments[from - 1]!.after;
  const arrivesAt = new Map<number, number>();
  rows.forEach((s, k) => {
    for (const note of s.notes) if (note.kind === "arrives" && note.of >= from) arrivesAt.set(note.of, k);
  });
  const segments: TraceSegment[] = rows.map((s) => ({
    id: s.i - from + 1,
    from: s.from === "client" ? "A" : "B",
    to: s.from === "client" ? "B" : "A",
    flags: [...s.flags].sort() as Flag[],
    seq: s.seq,
    ack: s.ack ?? 0,
    len: s.len,
    fate: s.delivered ? "delivered" : "dropped",
  }));
  const t0 = rows[0]?.tNs ?? 0;
  const steps: TraceStep[] = [
    { i: 0, t: t0 / 1e9, states: { A: before.client, B: before.server }, sent: [], received: [], error: null, notes: [] },
    ...rows.map((s, k) => ({
      i: k + 1,
      t: s.tNs / 1e9,
      states: { A: s.after.client, B: s.after.server },
      sent: [k + 1],
      received: [...rows.flatMap((r, m) => (r.delivered && arrivesAt.get(r.i) === k ? [m + 1] : [])), ...(s.delivered && !arrivesAt.has(s.i) ? [k + 1] : [])],
      error: null,
      notes: [],
    })),
  ];
  return { segments, steps };
}
