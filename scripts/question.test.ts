import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The question CLI as a newcomer runs it (npx tsx scripts/question.ts ...). npx costs seconds per
// start on a busy machine, so most cases call the tsx binary it resolves to directly.

function cli(args: string[], input?: string, viaNpx = false) {
  const [command, prefix] = viaNpx ? ["npx", ["tsx"]] : ["node_modules/.bin/tsx", []];
  const result = spawnSync(command, [...prefix, "scripts/question.ts", ...args], { encoding: "utf8", input, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("question CLI", () => {
  it("--list prints every template with its concept and kind", () => {
    const { code, stdout } = cli(["--list"], undefined, true);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string; concept: string; kind: string }[];
    expect(list.length).toBeGreaterThanOrEqual(24);
    for (const t of list) expect(Object.keys(t).sort()).toEqual(["concept", "id", "kind"]);
  });

  it("--template prints the public question and an answer, deterministic and localized", () => {
    const run = () => cli(["--template", "handshake-synack-ack", "--seed", "5", "--difficulty", "2", "--locale", "zh"]);
    const first = run();
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as { template: string; seed: number; public: { prompt: string; locale: string }; answer: { kind: string } };
    expect(out.template).toBe("handshake-synack-ack");
    expect(out.seed).toBe(5);
    expect(out.public.locale).toBe("zh");
    expect(out.public.prompt).toMatch(/[\u4e00-\u9fff]/);
    expect(out.answer.kind).toBe("number");
    expect(JSON.stringify(out.public)).not.toMatch(/"(answer|misconception|correct|distractors)"/);
    expect(run().stdout).toBe(first.stdout);
  });

  it("--all --seeds 1..2 prints one line per template and seed, whose answers --grade marks correct", () => {
    const count = (JSON.parse(cli(["--list"]).stdout) as unknown[]).length;
    const all = cli(["--all", "--seeds", "1..2"]);
    expect(all.code).toBe(0);
    const questions = lines(all.stdout);
    expect(questions).toHaveLength(2 * count);
    const input = questions.map((q) => JSON.stringify({ template: q.template, seed: q.seed, response: q.answer })).join("\n");
    const graded = cli(["--grade"], input);
    expect(graded.code).toBe(0);
    const results = lines(graded.stdout);
    expect(results).toHaveLength(questions.length);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(["correct", "expected", "explanation", "misconception"]);
      expect(r.correct).toBe(true);
    }
  }, 120_000);

  it("--grade reports a wrong answer with its misconception, and honours difficulty and locale", () => {
    const q = JSON.parse(cli(["--template", "time-wait-duration", "--seed", "3", "--difficulty", "3"]).stdout) as { answer: { value: number } };
    const wrong = { template: "time-wait-duration", seed: 3, difficulty: 3, locale: "zh", response: { kind: "number", value: q.answer.value / 2 } };
    const graded = cli(["--grade"], JSON.stringify(wrong));
    expect(graded.code).toBe(0);
    const [result] = lines(graded.stdout) as { correct: boolean; misconception: { id: string; label: string } }[];
    expect(result!.correct).toBe(false);
    expect(result!.misconception.id).toBe("time-wait-one-msl");
    expect(result!.misconception.label).toMatch(/MSL/);
  });

  it("--grade rejects a malformed response without grading it", () => {
    const graded = cli(["--grade"], JSON.stringify({ template: "handshake-synack-ack", seed: 1, response: { kind: "number", value: "many" } }));
    expect(graded.code).toBe(1);
    expect(lines(graded.stdout)[0]!.error).toMatch(/invalid response/);
  });

  it("stops quietly when its reader closes the pipe early (| head): exit 0, nothing on stderr", () => {
    const piped = spawnSync("bash", ["-c", "set -o pipefail; node_modules/.bin/tsx scripts/question.ts --all --seeds 1..40 | head -c 200 > /dev/null"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(piped.stderr).not.toMatch(/EPIPE|Error/);
    expect(piped.status).toBe(0);
  });

  it.each([
    [[]],
    [["--template", "no-such-template", "--seed", "1"]],
    [["--template", "handshake-synack-ack"]],
    [["--template", "handshake-synack-ack", "--seed", "-3"]],
    [["--template", "handshake-synack-ack", "--seed", "1", "--difficulty", "4"]],
    [["--template", "handshake-synack-ack", "--seed", "1", "--locale", "fr"]],
    [["--all", "--seeds", "5"]],
    [["--list", "--grade"]],
    [["--list", "--colour"]],
  ])("exits 2 with a message on stderr for bad arguments %j", (args) => {
    const { code, stdout, stderr } = cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/usage:/);
  });
});
