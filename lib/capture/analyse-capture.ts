import { formatNote } from "./notes";
import { observeConnection, type AnalysedConnection } from "./observe-connection";
import { PROFILES, type CaptureProfile } from "./profiles";
import { readCapture } from "./read-capture";
import { splitConnections } from "./split-connections";
import type { PacketList } from "./types";

/** The analysis of a whole capture, with everything the page needs. */
export interface CaptureAnalysis {
  profile: CaptureProfile["name"];
  format: PacketList["format"];
  packets: number;
  ignored: number;
  connections: AnalysedConnection[];
}

/** Analyses a packet list already read. */
export function analysePackets(list: PacketList, profileName: CaptureProfile["name"] = "rfc"): CaptureAnalysis {
  const profile = PROFILES[profileName];
  const first = list.first ?? { sec: 0, ns: 0 };
  const last = list.last ?? first;
  const connections = splitConnections(list.packets).map((raw) => observeConnection(raw, profile, first, last));
  return { profile: profileName, format: list.format, packets: list.frames, ignored: list.ignored, connections };
}

/** Reads and analyses a file's bytes; throws a CaptureError with the one-line message for bad input. */
export const analyseCapture = (bytes: Uint8Array, profile: CaptureProfile["name"] = "rfc"): CaptureAnalysis => analysePackets(readCapture(bytes), profile);

/** Seconds with the capture's precision (nanoseconds at most), as a JSON number. */
const seconds = (ns: number) => Math.round(ns) / 1e9;

/** The JSON of the capture contract (docs/captures.md): exactly its fields, notes in English. */
export function toContractJson(analysis: CaptureAnalysis) {
  return {
    profile: analysis.profile,
    packets: analysis.packets,
    ignored: analysis.ignored,
    connections: analysis.connections.map((c) => ({
      client: c.client,
      server: c.server,
      isn: c.isn.client === null && c.isn.server === null ? null : c.isn,
      segments: c.segments.map((s) => ({
        i: s.i,
        t: seconds(s.tNs),
        from: s.from,
        flags: s.flags,
        seq: s.seq,
        ack: s.ack,
        len: s.len,
        delivered: s.delivered,
        after: s.after,
        notes: s.notes.map(formatNote),
      })),
      end: c.end,
    })),
  };
}
