import { describe, expect, it } from "vitest";
import { run, lastStates, segmentLines, handshake } from "./testing";
import type { ScenarioInput } from "./scenario";

/** The linux profile (profile.ts) against the default: only the numbers Linux chooses differ. */
const both = (input: ScenarioInput) => ({ rfc: run(input), linux: run({ ...input, profile: "linux" }) });
const isn = { A: 100, B: 300 };

describe("the linux profile", () => {
  it("leaves a run without the field exactly as it was", () => {
    const input: ScenarioInput = { isn, steps: [...handshake, { call: "close", on: "A" }, { deliver: "all" }, { call: "abort", on: "B" }, { wait: 500 }] };
    expect(run({ ...input, profile: "rfc" }).trace).toEqual(run(input).trace);
  });

  it("ends TIME-WAIT after 60 s instead of 2 MSL", () => {
    const close = [...handshake, { call: "close", on: "A" }, { deliver: "all" }, { call: "close", on: "B" }, { deliver: "all" }] as const;
    const at61 = both({ isn, steps: [...close, { wait: 61 }] });
    expect(lastStates(at61.rfc).A).toBe("TIME-WAIT");
    expect(lastStates(at61.linux).A).toBe("CLOSED");
  });

  it("closes FIN-WAIT-2 after 60 s", () => {
    const halfClosed = [...handshake, { call: "close", on: "A" }, { deliver: "all" }] as const;
    const at59 = both({ isn, steps: [...halfClosed, { wait: 59 }] });
    expect(lastStates(at59.linux).A).toBe("FIN-WAIT-2");
    const at61 = both({ isn, steps: [...halfClosed, { wait: 61 }] });
    expect(lastStates(at61.rfc).A).toBe("FIN-WAIT-2");
    expect(lastStates(at61.linux).A).toBe("CLOSED");
    expect(at61.linux.records.at(-1)!.transitions).toEqual([
      expect.objectContaining({ side: "A", from: "FIN-WAIT-2", to: "CLOSED", event: "timeout:fin-wait-2" }),
    ]);
  });

  it("retransmits a SYN 6 times and a SYN,ACK 5 times before giving up", () => {
    const syn = both({ isn, steps: [{ call: "connect", on: "A" }, { drop: 1 }, { wait: 200 }] });
    const retries = (r: ReturnType<typeof run>) => segmentLines(r).filter((l) => l.startsWith("A>B SYN")).length - 1;
    expect(retries(syn.rfc)).toBe(5);
    expect(retries(syn.linux)).toBe(6);
    expect(lastStates(syn.linux).A).toBe("CLOSED");
    const synAck = run({
      isn,
      profile: "linux",
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: 1 }, { drop: 2 }, { crash: "A" }, { wait: 200 }],
    });
    expect(segmentLines(synAck).filter((l) => l.startsWith("B>A ACK,SYN")).length - 1).toBe(5);
    expect(lastStates(synAck).B).toBe("LISTEN");
  });

  it("aborts with RST,ACK", () => {
    const abort = both({ isn, steps: [...handshake, { call: "abort", on: "A" }] });
    expect(segmentLines(abort.rfc).at(-1)).toBe("A>B RST seq=101 ack=0");
    expect(segmentLines(abort.linux).at(-1)).toBe("A>B ACK,RST seq=101 ack=301");
  });
});
