import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TcpState } from "@/lib/tcp";
import { analysePackets } from "./analyse-capture";
import { readCapture } from "./read-capture";

/**
 * Real Linux connections (scripts/record-loopback-captures.ts): tcpdump on lo, with `ss -tanoH`
 * sampled between the steps. At every sample, the analysis (Linux profile) must give each endpoint
 * the state the kernel reported. A socket that ss no longer lists is CLOSED; before the first
 * segment, a server whose listener ss lists is in LISTEN.
 */

interface Fixture {
  port: number;
  pcap: string;
  samples: { at: number; step: string; lines: string[] }[];
}

const SS_NAMES: Record<string, TcpState> = {
  ESTAB: "ESTABLISHED",
  "SYN-SENT": "SYN-SENT",
  "SYN-RECV": "SYN-RECEIVED",
  "FIN-WAIT-1": "FIN-WAIT-1",
  "FIN-WAIT-2": "FIN-WAIT-2",
  "TIME-WAIT": "TIME-WAIT",
  "CLOSE-WAIT": "CLOSE-WAIT",
  "LAST-ACK": "LAST-ACK",
  CLOSING: "CLOSING",
  LISTEN: "LISTEN",
};

const dir = join(__dirname, "fixtures");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".ss.json"));

describe.each(fixtures)("%s", (name) => {
  const fixture = JSON.parse(readFileSync(join(dir, name), "utf8")) as Fixture;
  const list = readCapture(readFileSync(join(__dirname, "..", "..", fixture.pcap)));
  const analysis = analysePackets(list, "linux");
  const connection = analysis.connections[0]!;
  const first = list.first!;

  it("holds one connection", () => {
    expect(analysis.connections).toHaveLength(1);
  });

  it.each(fixture.samples.map((s) => [s.step, s] as const))("agrees with ss when %s", (_step, sample) => {
    const sockets = sample.lines.map((line) => {
      const [state, , , local, peer] = line.split(" ");
      return { state: SS_NAMES[state!] ?? state, local, peer };
    });
    const relativeNs = (sample.at - first.sec) * 1e9 - first.ns;
    const seen = connection.segments.filter((s) => s.tNs <= relativeNs);
    const states = seen.length ? seen.at(-1)!.after : connection.before;
    const client = sockets.find((s) => s.local === connection.client)?.state ?? "CLOSED";
    const server =
      sockets.find((s) => s.local === connection.server && s.peer === connection.client)?.state ??
      (seen.length === 0 && sockets.some((s) => s.state === "LISTEN" && s.local === connection.server) ? "LISTEN" : "CLOSED");
    expect({ client: states.client, server: states.server }).toEqual({ client, server });
  });
});
