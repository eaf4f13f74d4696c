import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseCapture } from "./analyse-capture";
import { CAPTURE_SAMPLES } from "./samples";
import { pcapOfScenario } from "./testing";

const fileOf = (name: string) => join(__dirname, "..", "..", "public", "captures", name);

describe("the sample captures", () => {
  it.each(CAPTURE_SAMPLES.map((s) => [s.file, s] as const))("%s is there and analyses to one connection", (_file, sample) => {
    expect(existsSync(fileOf(sample.file))).toBe(true);
    const bytes = readFileSync(fileOf(sample.file));
    expect(analyseCapture(bytes).connections).toHaveLength(1);
    // The engine's samples are exactly what the export writes today (npm run -s capture:samples).
    if (sample.scenario) expect(Buffer.from(pcapOfScenario(sample.scenario)).equals(bytes)).toBe(true);
  });

  it("ends each sample in the states its name promises", () => {
    const end = (file: string) => analyseCapture(readFileSync(fileOf(file))).connections[0]!.end;
    expect(end("handshake.pcap")).toEqual({ client: "ESTABLISHED", server: "ESTABLISHED" });
    expect(end("rst-closed-port.pcap")).toEqual({ client: "CLOSED", server: "CLOSED" });
    expect(end("simultaneous-close.pcap")).toEqual({ client: "TIME-WAIT", server: "TIME-WAIT" });
    expect(end("lost-last-ack.pcap")).toEqual({ client: "TIME-WAIT", server: "CLOSED" });
    expect(end("linux-half-close.pcap")).toEqual({ client: "TIME-WAIT", server: "CLOSED" });
  });
});
