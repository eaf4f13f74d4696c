/**
 * npm run bench -- engine
 * How fast the engine simulates a fixed mix of scenarios (handshake, close, loss, RST) on one core.
 * Prints scenarios per second and steps per second; the aim is 100,000 steps per second or more.
 */
import { parseScenario, simulate, type Scenario, type ScenarioInput } from "../lib/tcp";

const handshakeThenClose: ScenarioInput["steps"] = [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: 1 }, { deliver: 2 }, { deliver: 3 }];

const MIX: Record<string, ScenarioInput> = {
  handshake: { isn: { A: 1000, B: 5000 }, steps: handshakeThenClose },
  "four-way close with half-close data": {
    isn: { A: 1000, B: 5000 },
    steps: [
      ...handshakeThenClose,
      { call: "close", on: "A" },
      { deliver: 4 },
      { deliver: 5 },
      { call: "send", on: "B", bytes: 100 },
      { deliver: 6 },
      { deliver: 7 },
      { call: "close", on: "B" },
      { deliver: 8 },
      { deliver: 9 },
      { wait: 240 },
    ],
  },
  "lost SYN and lost last ACK": {
    isn: { A: 4294967000, B: 77 },
    steps: [
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { drop: 1 },
      { wait: 1 },
      { deliver: "all" },
      { call: "close", on: "A" },
      { deliver: "all" },
      { call: "close", on: "B" },
      { deliver: 7 },
      { drop: 8 },
      { wait: 1 },
      { deliver: "all" },
      { wait: 240 },
    ],
  },
  "resets: closed port, abort, half-open": {
    isn: { A: 100, B: 300 },
    steps: [
      { call: "connect", on: "A" },
      { deliver: "all" },
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: "all" },
      { call: "abort", on: "A" },
      { deliver: "all" },
      { call: "listen", on: "B" },
      { call: "connect", on: "A" },
      { deliver: "all" },
      { crash: "A", isn: 9000 },
      { call: "connect", on: "A" },
      { deliver: "all" },
    ],
  },
};

function parse(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.scenario;
}

const scenarios = Object.values(MIX).map(parse);
const stepsPerRound = scenarios.reduce((n, s) => n + s.steps.length, 0);

function measure(seconds: number) {
  let rounds = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < deadline) {
    for (let i = 0; i < 100; i += 1) for (const s of scenarios) simulate(s);
    rounds += 100;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return { scenariosPerSecond: (rounds * scenarios.length) / elapsed, stepsPerSecond: (rounds * stepsPerRound) / elapsed };
}

measure(1); // warm-up: let the JIT settle
const runs = [measure(2), measure(2), measure(2)];
const best = runs.reduce((a, b) => (b.stepsPerSecond > a.stepsPerSecond ? b : a));
const median = [...runs].sort((a, b) => a.stepsPerSecond - b.stepsPerSecond)[1]!;

console.log(`engine: mix of ${scenarios.length} scenarios (${Object.keys(MIX).join("; ")}), ${stepsPerRound} steps a round, one core`);
console.log(
  `engine: median ${Math.round(median.scenariosPerSecond).toLocaleString("en")} scenarios/s, ${Math.round(median.stepsPerSecond).toLocaleString("en")} steps/s (best ${Math.round(best.stepsPerSecond).toLocaleString("en")} steps/s)`,
);
console.log(`engine: aim 100,000 steps/s: ${median.stepsPerSecond >= 100_000 ? "met" : "MISSED"}`);
