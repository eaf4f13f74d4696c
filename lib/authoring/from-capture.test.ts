import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseCapture } from "../capture";
import { mulberry32 } from "../questions/random";
import { simulate } from "../tcp";
import { questionFromConnection } from "./from-capture";
import { checkSpec, parseSpec, previewSpec } from "./index";
import { drawParams, variantScenario } from "./variant-params";

const dir = join(__dirname, "..", "..", "public", "captures");
const samples = readdirSync(dir).filter((f) => f.endsWith(".pcap"));
const firstConnection = (file: string) => analyseCapture(new Uint8Array(readFileSync(join(dir, file)))).connections[0]!;

describe("a question from a capture", () => {
  it("makes a spec the bank accepts from every sample, asking at the capture's last segment", () => {
    expect(samples.length).toBeGreaterThanOrEqual(8);
    for (const file of samples) {
      const start = questionFromConnection(firstConnection(file), file);
      if (!start.ok) throw new Error(`${file}: ${start.reason}`);
      const parsed = parseSpec(JSON.parse(JSON.stringify(start.spec)));
      expect(parsed.ok, file).toBe(true);
      expect(checkSpec(start.spec), file).toEqual([]);
      expect(start.spec.title.en).toBe(file);
      expect(start.spec.ask).toMatchObject({ kind: "state", side: "A" });
      expect(
        previewSpec(start.spec).variants.every((v) => v.ok),
        file,
      ).toBe(true);
    }
  });

  it("keeps every state of the run when each student's ISNs differ, injected segments included", () => {
    let injected = 0;
    for (const file of samples) {
      const start = questionFromConnection(firstConnection(file), file);
      if (!start.ok) continue;
      injected += start.scenario.steps.filter((s) => "inject" in s).length;
      const states = simulate(start.scenario).steps.map((s) => s.states);
      for (const seed of [1, 2, 3]) {
        const params = drawParams(start.spec, mulberry32(seed));
        expect(params.isn).not.toEqual(start.scenario.isn);
        expect(
          simulate(variantScenario(start.spec, params)).steps.map((s) => s.states),
          `${file} seed ${seed}`,
        ).toEqual(states);
      }
    }
    // linux-abort.pcap's RST,ACK is one the engine would not send by itself: it is replayed as an injection.
    expect(injected).toBeGreaterThan(0);
  });

  it("gives each student their own numbers when the question asks for an ack", () => {
    const start = questionFromConnection(firstConnection("linux-open-close.pcap"), "open and close");
    if (!start.ok) throw new Error(start.reason);
    const preview = previewSpec({ ...start.spec, ask: { kind: "segment", segment: 2, field: "ack" } });
    const keys = preview.variants.map((v) => (v.ok ? JSON.stringify(v.question.key) : "failed"));
    expect(keys).not.toContain("failed");
    expect(new Set(keys).size).toBeGreaterThan(1);
    expect(preview.warnings).toEqual([]);
  });

  it("refuses a connection longer than a question may be, saying how long it is", () => {
    const connection = firstConnection("linux-open-close.pcap");
    const long = {
      ...connection,
      segments: Array.from({ length: 60 }, () => connection.segments)
        .flat()
        .map((s, i) => ({ ...s, i })),
    };
    const start = questionFromConnection(long, "long");
    expect(start).toMatchObject({ ok: false, reason: "tooLong" });
    expect(!start.ok && start.reason === "tooLong" && start.steps).toBeGreaterThan(200);
  });
});
