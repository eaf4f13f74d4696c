import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/tcp";
import { analyseCapture } from "./analyse-capture";
import { connectionToScenario } from "./connection-scenario";
import { pcapOf, pcapOfScenario } from "./testing";

/** The inferred scenario, run in the simulator, goes through the states the capture showed. */
function expectReplays(bytes: Uint8Array) {
  const connection = analyseCapture(bytes).connections[0]!;
  const inferred = connectionToScenario(connection, "from a capture");
  expect(inferred).not.toBeNull();
  const trace = simulate(inferred!.scenario);
  expect(inferred!.scenario.title).toBe("from a capture");
  for (const point of inferred!.observed) {
    expect({ segment: point.segment, ...trace.steps[point.step]!.states }).toEqual({ segment: point.segment, A: point.states.client, B: point.states.server });
  }
  return { inferred: inferred!, trace };
}

describe("a capture as a scenario", () => {
  it("replays a lost last ACK", () => {
    const { trace } = expectReplays(
      pcapOfScenario({
        isn: { A: 1000, B: 5000 },
        steps: [
          { call: "listen", on: "B" },
          { call: "connect", on: "A" },
          { deliver: "all" },
          { call: "close", on: "A" },
          { deliver: "all" },
          { call: "close", on: "B" },
          { deliver: 6 },
          { drop: 7 },
          { wait: 1 },
          { deliver: "all" },
        ],
      }),
    );
    expect(trace.segments.filter((s) => s.fate === "dropped")).toHaveLength(1);
  });

  it("replays a simultaneous close", () => {
    expectReplays(
      pcapOfScenario({
        isn: { A: 1000, B: 5000 },
        steps: [
          { call: "listen", on: "B" },
          { call: "connect", on: "A" },
          { deliver: "all" },
          { call: "close", on: "A" },
          { call: "close", on: "B" },
          { deliver: "all" },
        ],
      }),
    );
  });

  it("replays a data exchange, a refused connection and a capture that starts mid-stream", () => {
    expectReplays(
      pcapOf([
        { t: 0, from: "c", flags: "S", seq: 100 },
        { t: 0.001, from: "s", flags: "SA", seq: 300, ack: 101 },
        { t: 0.002, from: "c", flags: "A", seq: 101, ack: 301 },
        { t: 0.003, from: "c", flags: "A", seq: 101, ack: 301, len: 50 },
        { t: 0.004, from: "s", flags: "A", seq: 301, ack: 151 },
        { t: 0.005, from: "s", flags: "RA", seq: 301, ack: 151 },
      ]),
    );
    expectReplays(
      pcapOf([
        { t: 0, from: "c", flags: "S", seq: 100 },
        { t: 0.001, from: "s", flags: "RA", seq: 0, ack: 101 },
      ]),
    );
    expectReplays(
      pcapOf([
        { t: 0, from: "c", flags: "FA", seq: 1000, ack: 2000 },
        { t: 0.1, from: "s", flags: "A", seq: 2000, ack: 1001 },
      ]),
    );
  });
});
