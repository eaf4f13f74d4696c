import { describe, expect, it } from "vitest";
import { parseScenario, simulateDetailed, type DetailedRun } from "@/lib/tcp";
import { describeSegment } from "@/lib/tcp/testing";
import { PRESET_IDS, PRESETS, type PresetId } from "./presets";

const runPreset = (id: PresetId): DetailedRun => {
  const preset = PRESETS.find((p) => p.id === id)!;
  const parsed = parseScenario(preset.scenario);
  if (!parsed.ok) throw new Error(parsed.message);
  return simulateDetailed(parsed.scenario);
};
const statesAfter = (run: DetailedRun) => run.trace.steps.map((s) => `${s.states.A}/${s.states.B}`);
const visited = (run: DetailedRun) => new Set(statesAfter(run));
const segments = (run: DetailedRun) => run.trace.segments.map(describeSegment);
const notes = (run: DetailedRun) => run.trace.steps.flatMap((s) => s.notes);

describe("presets", () => {
  it("has one preset per id, each named in both languages", () => {
    expect(PRESETS.map((p) => p.id)).toEqual([...PRESET_IDS]);
    for (const p of PRESETS) {
      expect(p.name.en).not.toBe("");
      expect(p.name.zh).not.toBe("");
      expect(p.summary.zh).not.toBe(p.summary.en);
    }
  });

  it.each(PRESET_IDS)("%s is a valid scenario whose every step succeeds", (id) => {
    const run = runPreset(id);
    expect(run.trace.steps.map((s) => s.error)).toEqual(run.trace.steps.map(() => null));
  });

  it("handshake: SYN, SYN-ACK, ACK, then both ESTABLISHED", () => {
    const run = runPreset("handshake");
    expect(run.trace.segments.map((s) => s.flags.join(","))).toEqual(["SYN", "ACK,SYN", "ACK"]);
    expect(statesAfter(run).at(-1)).toBe("ESTABLISHED/ESTABLISHED");
  });

  it("four-way close: FIN and ACK each way, A through FIN-WAIT-2 and TIME-WAIT, then both CLOSED", () => {
    const run = runPreset("four-way-close");
    expect(segments(run).slice(3)).toEqual([
      "A>B ACK,FIN seq=1001 ack=5001",
      "B>A ACK seq=5001 ack=1002",
      "B>A ACK,FIN seq=5001 ack=1002",
      "A>B ACK seq=1002 ack=5002",
    ]);
    expect(visited(run)).toContain("FIN-WAIT-2/CLOSE-WAIT");
    expect(visited(run)).toContain("TIME-WAIT/CLOSED");
    expect(statesAfter(run).at(-1)).toBe("CLOSED/CLOSED");
  });

  it("three-segment close: with delayed ACKs B's FIN carries its ACK, so the close takes three segments", () => {
    const run = runPreset("three-segment-close");
    expect(segments(run).slice(3)).toEqual(["A>B ACK,FIN seq=1001 ack=5001", "B>A ACK,FIN seq=5001 ack=1002", "A>B ACK seq=1002 ack=5002"]);
    expect(visited(run)).not.toContain("FIN-WAIT-2/LAST-ACK");
    expect(statesAfter(run).at(-1)).toBe("CLOSED/CLOSED");
  });

  it("half-close: B sends data while A is in FIN-WAIT-2, and A acknowledges it", () => {
    const run = runPreset("half-close");
    expect(segments(run)).toContain("B>A ACK seq=5001 ack=1002 len=100");
    expect(segments(run)).toContain("A>B ACK seq=1002 ack=5101");
    expect(visited(run)).toContain("FIN-WAIT-2/CLOSE-WAIT");
    expect(statesAfter(run).at(-1)).toBe("CLOSED/CLOSED");
  });

  it("simultaneous open: both SYN-SENT, both SYN-RECEIVED, both ESTABLISHED", () => {
    const run = runPreset("simultaneous-open");
    expect(visited(run)).toContain("SYN-SENT/SYN-SENT");
    expect(visited(run)).toContain("SYN-RECEIVED/SYN-RECEIVED");
    expect(statesAfter(run).at(-1)).toBe("ESTABLISHED/ESTABLISHED");
  });

  it("simultaneous close: both FIN-WAIT-1, both CLOSING, both TIME-WAIT", () => {
    const run = runPreset("simultaneous-close");
    for (const pair of ["FIN-WAIT-1/FIN-WAIT-1", "CLOSING/CLOSING", "TIME-WAIT/TIME-WAIT"]) expect(visited(run)).toContain(pair);
  });

  it("lost last ACK: the final ACK is dropped and B's FIN is retransmitted and acknowledged again", () => {
    const run = runPreset("lost-last-ack");
    const fins = run.trace.segments.filter((s) => s.from === "B" && s.flags.includes("FIN"));
    expect(fins).toHaveLength(2);
    expect(fins[1]!.seq).toBe(fins[0]!.seq);
    expect(run.trace.segments.filter((s) => s.from === "A" && s.flags.join() === "ACK" && s.ack === fins[0]!.seq + 1).map((s) => s.fate)).toEqual([
      "dropped",
      "delivered",
    ]);
    expect(statesAfter(run).at(-1)).toBe("CLOSED/CLOSED");
  });

  it("SYN to a closed port: a RST comes back and A reports connection refused", () => {
    const run = runPreset("syn-to-closed-port");
    expect(run.trace.segments[1]!.flags).toContain("RST");
    expect(notes(run)).toContain("A: connection refused");
    expect(statesAfter(run).at(-1)).toBe("CLOSED/CLOSED");
  });

  it("abort: one RST instead of a FIN, no TIME-WAIT, and B reports connection reset", () => {
    const run = runPreset("abort");
    expect(run.trace.segments.at(-1)!.flags).toEqual(["RST"]);
    expect(run.trace.segments.some((s) => s.flags.includes("FIN"))).toBe(false);
    expect([...visited(run)].some((pair) => pair.includes("TIME-WAIT"))).toBe(false);
    expect(notes(run)).toContain("B: connection reset");
  });
});
