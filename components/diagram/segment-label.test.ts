import { describe, expect, it } from "vitest";
import type { TraceSegment } from "@/lib/tcp/types";
import { formatFlags, indexBlanks, segmentLabelLines, segmentLabelParts, stateName } from "./segment-label";

const segment = (over: Partial<TraceSegment>): TraceSegment => ({
  id: 1,
  from: "A",
  to: "B",
  flags: ["ACK"],
  seq: 1000,
  ack: 5000,
  len: 0,
  fate: "delivered",
  ...over,
});
const text = (s: TraceSegment, blanks = indexBlanks()) =>
  segmentLabelParts(s, blanks)
    .map((p) => p.text)
    .join("");

describe("segment labels", () => {
  it("writes control bits in the usual order, not the trace's alphabetical one", () => {
    expect(formatFlags(["ACK", "SYN"])).toBe("SYN,ACK");
    expect(formatFlags(["ACK", "FIN"])).toBe("FIN,ACK");
    expect(formatFlags(["ACK", "RST"])).toBe("RST,ACK");
  });

  it("shows ack only with the ACK bit and len only for data", () => {
    expect(text(segment({ flags: ["SYN"], seq: 1000, ack: 0 }))).toBe("SYN seq=1000");
    expect(text(segment({ flags: ["ACK", "SYN"], seq: 5000, ack: 1001 }))).toBe("SYN,ACK seq=5000 ack=1001");
    expect(text(segment({ seq: 5001, ack: 1002, len: 100 }))).toBe("ACK seq=5001 ack=1002 len=100");
    expect(text(segment({ flags: [], seq: 7 }))).toBe("seq=7");
  });

  it("replaces hidden fields by numbered blanks, numbered by their place in the list", () => {
    const blanks = indexBlanks([
      { segment: 2, field: "ack" },
      { step: 4, side: "B", field: "state" },
      { segment: 1, field: "seq" },
      { segment: 2, field: "ack" },
    ]);
    const parts = segmentLabelParts(segment({ id: 2, flags: ["ACK", "SYN"], seq: 5000, ack: 1001 }), blanks);
    expect(parts).toEqual([{ text: "SYN,ACK seq=5000 ack=" }, { text: "(1)", blank: 1 }]);
    expect(blanks.state(4, "B")).toBe(2);
    expect(blanks.state(4, "A")).toBeNull();
    expect(text(segment({ id: 1 }), blanks)).toBe("ACK seq=(3) ack=5000");
  });

  it("shows a blank even for a field the segment would not show", () => {
    const blanks = indexBlanks([
      { segment: 1, field: "len" },
      { segment: 1, field: "ack" },
    ]);
    expect(text(segment({ flags: ["SYN"], ack: 0 }), blanks)).toBe("SYN seq=1000 ack=(2) len=(1)");
  });

  it("splits a label into control bits and numbers for stacking", () => {
    const [flags, fields] = segmentLabelLines(segment({ flags: ["ACK", "FIN"] }), indexBlanks());
    expect(flags.map((p) => p.text).join("")).toBe("FIN,ACK");
    expect(fields.map((p) => p.text).join("")).toBe("seq=1000 ack=5000");
  });

  it("names states in RFC or short form", () => {
    expect(stateName("SYN-RECEIVED", "rfc")).toBe("SYN-RECEIVED");
    expect(stateName("SYN-RECEIVED", "short")).toBe("SYN-RCVD");
    expect(stateName("ESTABLISHED", "short")).toBe("ESTAB");
    expect(stateName("TIME-WAIT", "short")).toBe("TIME-WAIT");
    expect(stateName("LISTEN", "rfc", { LISTEN: "监听" })).toBe("监听");
  });
});
