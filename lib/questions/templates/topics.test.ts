import { describe, expect, it } from "vitest";
import { parseScenario, simulateDetailed, type DetailedRun } from "../../tcp";
import { generateQuestion } from "../registry";
import { DIFFICULTIES, type Question } from "../types";
import { TOPIC_TEMPLATES } from "./topics";

// The templates of the topics added for issue 11: their keys vary enough that a class cannot
// share answers, and the mistakes they name fit what the engine's run shows.

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** What a key says, whatever the option letters: choice keys are compared by their text. */
const keyMeaning = (q: Question): string => (q.key.kind === "choice" ? q.keyText.en.replace(/^\([a-f]\) /, "") : JSON.stringify(q.key));

const runOf = (q: Question): DetailedRun => {
  const parsed = parseScenario(q.scenario);
  if (!parsed.ok) throw new Error(parsed.message);
  return simulateDetailed(parsed.scenario);
};

describe.each(TOPIC_TEMPLATES.map((t) => [t.id] as const))("topic template %s", (id) => {
  it("has no key that covers more than half of seeds 1..20, at every difficulty", () => {
    for (const d of DIFFICULTIES) {
      const counts = new Map<string, number>();
      for (const seed of SEEDS) {
        const meaning = keyMeaning(generateQuestion(id, seed, d));
        counts.set(meaning, (counts.get(meaning) ?? 0) + 1);
      }
      const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      expect(count, `difficulty ${d}: "${top}"`).toBeLessThanOrEqual(SEEDS.length / 2);
    }
  });

  it("runs a scenario the engine accepts without a refused step it did not mean", () => {
    for (const d of DIFFICULTIES)
      for (const seed of SEEDS.slice(0, 5)) {
        const q = generateQuestion(id, seed, d);
        const run = runOf(q);
        const errors = run.trace.steps.filter((s) => s.error !== null).map((s) => s.error);
        // Only the socket-pair question means a refusal: connect on a pair still in TIME-WAIT.
        for (const error of errors) expect(error).toBe("connection already exists");
      }
  });
});

/** Trace preconditions of the topic mistakes (lib/questions/topic-misconceptions.ts). */
const PRECONDITIONS: Record<string, (run: DetailedRun, q: Question) => boolean> = {
  "syn-queue-unbounded": (run) => run.trace.steps.some((s) => s.listener !== undefined),
  "duplicate-syn-gets-synack": (run) => run.trace.segments.filter((s) => s.flags.join() === "SYN").length >= 2,
  "synack-not-retransmitted": (run) => run.trace.segments.filter((s) => s.flags.join() === "ACK,SYN").length >= 2,
  "only-pure-ack-completes": (run) => run.trace.segments.some((s) => s.len > 0 && s.flags.includes("ACK") && s.fate === "delivered"),
  "passive-timeout-closed": (run) => run.records.some((r) => r.transitions.some((t) => t.from === "SYN-RECEIVED" && t.to === "LISTEN" && t.event === "timeout:retransmission")),
  "give-up-at-last-send": (run) => run.records.some((r) => r.transitions.some((t) => t.event === "timeout:retransmission")),
  "keepalive-gives-up-at-last-probe": (run) => run.records.some((r) => r.transitions.some((t) => t.event === "timeout:keep-alive")),
  "keepalive-idle-forgotten": (run) => run.records.some((r) => r.transitions.some((t) => t.event === "timeout:keep-alive")),
  "any-rst-resets": (run) => run.trace.segments.some((s) => s.flags.join() === "RST") && run.trace.steps.at(-1)!.states.B === "ESTABLISHED",
  "exact-rst-challenged": (run) => run.trace.steps.at(-1)!.states.B === "CLOSED",
  "syn-in-established-restarts": (run) => run.trace.segments.some((s) => s.flags.join() === "SYN" && s.id > 3),
  "close-wait-ends-by-itself": (run) => run.trace.steps.at(-1)!.states.B === "CLOSE-WAIT",
  "fin-wait-2-forever": (run) => run.records.some((r) => r.transitions.some((t) => t.event === "timeout:fin-wait-2")),
  "fin-wait-2-timeout-from-close": (run) => run.records.some((r) => r.transitions.some((t) => t.event === "timeout:fin-wait-2")),
  "time-wait-refuses-every-syn": (run) => run.records.some((r) => r.transitions.some((t) => t.from === "TIME-WAIT" && t.to === "SYN-RECEIVED")),
  "time-wait-blocks-port": (run) => run.trace.steps.some((s) => s.states.A === "TIME-WAIT" || s.states.B === "TIME-WAIT"),
  "silence-means-open": (run) => run.trace.segments.every((s) => s.from === "A"),
  "silence-means-closed": (run) => run.trace.segments.every((s) => s.from === "A"),
  "rst-means-filtered": (run) => run.trace.segments.some((s) => s.from === "B" && s.flags.includes("RST")),
  "ack-per-segment": (run) => run.trace.segments.some((s) => s.from === "B" && s.flags.join() === "ACK" && s.fate === "dropped"),
};

describe("topic mistakes fit the run", () => {
  it.each(Object.keys(PRECONDITIONS))("%s is offered only when its precondition holds", (label) => {
    let offered = 0;
    for (const template of TOPIC_TEMPLATES)
      for (const d of DIFFICULTIES)
        for (const seed of SEEDS) {
          const q = generateQuestion(template.id, seed, d);
          if (!q.distractors.some((x) => x.misconception === label)) continue;
          offered += 1;
          expect(PRECONDITIONS[label]!(runOf(q), q), `${template.id} seed ${seed} d${d}`).toBe(true);
        }
    expect(offered, "offered somewhere").toBeGreaterThan(0);
  });
});
