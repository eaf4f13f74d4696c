import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseCapture, toContractJson } from "./analyse-capture";
import { isCaptureError } from "./capture-error";
import { ethernetFrame } from "./write-pcap";
import { handFrame, pcapOf, pcapOfScenario, pcapngOf } from "./testing";

/**
 * Truncated and corrupted captures: the analysis either gives a result or throws a CaptureError
 * whose message is one line, never any other exception (a RangeError from a DataView, a
 * TypeError from a missing field), and always returns (a hang would time the test out).
 */

const scenarioFile = pcapOfScenario({
  isn: { A: 4294967000, B: 5000 },
  steps: [
    { call: "listen", on: "B" },
    { call: "connect", on: "A" },
    { drop: 1 },
    { wait: 1 },
    { deliver: "all" },
    { call: "send", on: "A", bytes: 3000 },
    { deliver: "all" },
    { call: "close", on: "A" },
    { call: "close", on: "B" },
    { deliver: "all" },
  ],
});
const pcapng = pcapngOf(
  [{ linkType: 1 }, { linkType: 1, tsresol: 9 }],
  [0, 1, 2].map((i) => ({
    itf: i % 2,
    units: BigInt(1_700_000_000_000_000 + i),
    data: ethernetFrame(handFrame({ t: i, from: i % 2 ? "s" : "c", flags: i === 0 ? "S" : "A", seq: 100 + i, ack: 7 })),
  })),
);
const text = new TextEncoder().encode(
  [
    "1796607288.895240 IP 127.0.0.1.54994 > 127.0.0.1.25356: Flags [S], seq 2862196694, win 65495, length 0",
    "1796607288.895253 IP 127.0.0.1.25356 > 127.0.0.1.54994: Flags [S.], seq 3315093626, ack 2862196695, win 65483, length 0",
    "1796607288.895269 IP 127.0.0.1.54994 > 127.0.0.1.25356: Flags [.], ack 3315093627, win 64, length 0",
    "1796607288.896391 IP 127.0.0.1.54994 > 127.0.0.1.25356: Flags [P.], seq 2862196695:2862196700, ack 3315093627, win 64, length 5",
    "1796607289.000825 IP 127.0.0.1.25356 > 127.0.0.1.54994: Flags [R.], seq 3315093632, ack 2862196701, win 64, length 0",
  ].join("\n"),
);
const FILES = { pcap: scenarioFile, pcapng, text, hand: pcapOf([{ t: 0, from: "c", flags: "S", seq: 1 }]) };

function analyseSafely(bytes: Uint8Array): "ok" | "message" {
  try {
    const json = toContractJson(analyseCapture(bytes, "linux"));
    JSON.stringify(json);
    return "ok";
  } catch (error) {
    if (!isCaptureError(error)) throw error;
    expect(error.message).not.toMatch(/\n/);
    expect(error.message.length).toBeGreaterThan(0);
    return "message";
  }
}

describe.each(Object.entries(FILES))("a %s file", (_name, file) => {
  it("reads whole", () => {
    expect(analyseSafely(file)).toBe("ok");
  });

  it("never crashes when cut short anywhere", () => {
    for (let n = 0; n < file.length; n += 1) analyseSafely(file.subarray(0, n));
  });

  it("never crashes when bytes are changed", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(file.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }), (changes) => {
        const bytes = file.slice();
        for (const [at, value] of changes) bytes[at] = value;
        analyseSafely(bytes);
      }),
      { numRuns: 400 },
    );
  });

  it("never crashes when 32-bit lengths and counts lie", () => {
    fc.assert(
      fc.property(fc.nat(Math.max(0, file.length - 4)), fc.constantFrom(0, 1, 3, 0x7fffffff, 0xffffffff, 65536, 262145), (at, value) => {
        const bytes = file.slice();
        new DataView(bytes.buffer).setUint32(at, value, true);
        analyseSafely(bytes);
      }),
      { numRuns: 300 },
    );
  });
});
