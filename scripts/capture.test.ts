import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pcapOfScenario } from "../lib/capture/testing";

/** The command line as a person runs it: exit codes, standard output and standard error. */
const dir = mkdtempSync(join(tmpdir(), "capture-cli-"));
const run = (args: string[], input?: Uint8Array) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/capture.ts", ...args], { input, encoding: "utf8" });

// Each case starts Node with tsx: seconds apiece on a busy two-core machine.
describe("npm run capture", { timeout: 90_000 }, () => {
  const file = join(dir, "open.pcap");
  writeFileSync(file, pcapOfScenario({ isn: { A: 1, B: 2 }, steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }] }));

  it("prints the contract's JSON and exits 0", () => {
    const out = run([file, "--profile", "linux"]);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.profile).toBe("linux");
    expect(json.connections[0].end).toEqual({ client: "ESTABLISHED", server: "ESTABLISHED" });
    expect(Object.keys(json.connections[0].segments[0])).toEqual(["i", "t", "from", "flags", "seq", "ack", "len", "delivered", "after", "notes"]);
  });

  it("reads standard input", () => {
    const out = run(["-"], new TextEncoder().encode("1796607288.895240 IP 127.0.0.1.54994 > 127.0.0.1.25356: Flags [S], seq 7, win 65495, length 0\n"));
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).connections[0].segments[0].after).toEqual({ client: "SYN-SENT", server: "CLOSED" });
  });

  it("exits 2 with one line for a bad file, a missing file and a bad profile", () => {
    const bad = join(dir, "bad.pcap");
    writeFileSync(bad, "not a capture at all");
    for (const [args, message] of [
      [[bad], `${bad}: not a pcap, pcapng or tcpdump text file\n`],
      [[join(dir, "missing.pcap")], `cannot read ${join(dir, "missing.pcap")}: no such file\n`],
      [[file, "--profile", "bsd"], '--profile must be rfc or linux, not "bsd"\n'],
    ] as const) {
      const out = run([...args]);
      expect(out.status).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toBe(message);
    }
  });
});
