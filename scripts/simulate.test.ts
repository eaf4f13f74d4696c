import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import expected from "../lib/tcp/fixtures/open-close.trace.json";

const example = join(__dirname, "..", "lib", "tcp", "fixtures", "open-close.json");
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "simulate.ts"), ...args], { input, encoding: "utf8" });

describe("npm run simulate", () => {
  it("prints the trace of a valid file as JSON and exits 0", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", join(__dirname, "simulate.ts"), example], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(expected);
  });

  it("reads standard input when the file is -", () => {
    const r = cli(["-"], JSON.stringify({ isn: { A: 1, B: 2 }, steps: [{ call: "connect", on: "A" }] }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).segments[0]).toMatchObject({ flags: ["SYN"], seq: 1, fate: "in-flight" });
  });

  it("rejects an invalid scenario with exit 2 and a message naming the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "hs-sim-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ isn: { A: 1, B: 2 }, steps: [{ call: "send", on: "A", bytes: -3 }] }));
    const r = cli([file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("steps[0].bytes");
  });

  it("rejects text that is not JSON, and a missing file, with exit 2", () => {
    expect(cli(["-"], "{").status).toBe(2);
    const missing = cli(["/nonexistent/scenario.json"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read");
  });
});
