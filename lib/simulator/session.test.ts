import { describe, expect, it } from "vitest";
import { parseScenario, simulate, type ScenarioInput } from "@/lib/tcp";
import { findPreset } from "./presets";
import { act, canRedo, canUndo, changeSettings, createSession, currentSim, redo, seek, toScenario, traceAt, undo, waitForNextTimer } from "./session";

const scenarioOf = (input: ScenarioInput) => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.scenario;
};
const handshake = scenarioOf(findPreset("handshake")!.scenario);
const empty = scenarioOf({ isn: { A: 1000, B: 5000 }, steps: [] });
const states = (s: ReturnType<typeof createSession>) => `${currentSim(s).tcb.A.state}/${currentSim(s).tcb.B.state}`;

describe("session", () => {
  it("starts at the end of the scenario, or at the cursor asked for", () => {
    expect(states(createSession(handshake))).toBe("ESTABLISHED/ESTABLISHED");
    expect(states(createSession(handshake, 2))).toBe("SYN-SENT/LISTEN");
    expect(createSession(handshake, 99).cursor).toBe(5);
  });

  it("undo and redo move through the history without losing it", () => {
    let s = createSession(handshake);
    expect(canRedo(s)).toBe(false);
    s = undo(undo(s));
    expect(states(s)).toBe("SYN-SENT/SYN-RECEIVED");
    expect(canRedo(s)).toBe(true);
    s = redo(s);
    expect(states(s)).toBe("ESTABLISHED/SYN-RECEIVED");
    s = seek(s, 0);
    expect(canUndo(s)).toBe(false);
    expect(undo(s)).toBe(s);
    expect(states(seek(s, 5))).toBe("ESTABLISHED/ESTABLISHED");
  });

  it("a new step after an undo forgets the undone steps", () => {
    const s = act(undo(undo(createSession(handshake))), { drop: 2 });
    expect(s.steps).toHaveLength(4);
    expect(s.cursor).toBe(4);
    expect(canRedo(s)).toBe(false);
    expect(currentSim(s).segments[1]!.fate).toBe("dropped");
  });

  it("never changes the session it is given", () => {
    const s = createSession(empty);
    const next = act(s, { call: "listen", on: "B" });
    expect(s.steps).toHaveLength(0);
    expect(currentSim(s).tcb.B.state).toBe("CLOSED");
    expect(currentSim(next).tcb.B.state).toBe("LISTEN");
  });

  it("matches the engine's own run of the same scenario", () => {
    let s = createSession(empty);
    for (const step of handshake.steps) s = act(s, step);
    expect(traceAt(s)).toEqual(simulate(handshake));
    expect(toScenario(s)).toEqual(handshake);
    expect(traceAt(undo(s)).steps).toHaveLength(4);
    expect(toScenario(undo(s), "cursor").steps).toHaveLength(4);
  });

  it("new settings replay the same steps under them, keeping the cursor", () => {
    const s = changeSettings(createSession(handshake, 3), { ...handshake, isn: { A: 7, B: 9 } });
    expect(s.cursor).toBe(3);
    expect(traceAt(seek(s, 5)).segments.map((x) => x.seq)).toEqual([7, 9, 8]);
  });

  it("waitForNextTimer waits exactly until the earliest timer and fires it", () => {
    let s = act(createSession(empty), { call: "connect", on: "A" });
    expect(waitForNextTimer(currentSim(createSession(empty)))).toBeNull();
    const wait = waitForNextTimer(currentSim(s))!;
    expect(wait).toEqual({ wait: 1 });
    s = act(s, wait);
    expect(currentSim(s).segments.map((x) => x.flags.join())).toEqual(["SYN", "SYN"]);
    expect(waitForNextTimer(currentSim(s))).toEqual({ wait: 2 });
  });
});
