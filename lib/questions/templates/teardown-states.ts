import { TCP_STATES, type TcpState } from "../../tcp";
import { stepText } from "../describe";
import { asOrder, asState, stateOrderInput } from "../inputs";
import type { KnownMisconception } from "../misconceptions";
import { pickBytes, rotate } from "../params";
import { stateAt, statePath } from "../run-read";
import { closeIntro, closeSetup } from "../setups";
import { explanationDiagram, stateQuestion } from "../state-question";
import type { Template } from "../template";
import { L } from "../text";
import type { Distractor } from "../types";

export const TEARDOWN_RULE = L(
  "In the four-way close the side that closes first goes ESTABLISHED → FIN-WAIT-1 (its FIN sent) → FIN-WAIT-2 (its FIN acknowledged) → TIME-WAIT (the peer's FIN received) → CLOSED after 2 MSL; the other side goes ESTABLISHED → CLOSE-WAIT (FIN received) → LAST-ACK (its own FIN sent) → CLOSED (its FIN acknowledged).",
  "四次挥手中，先关闭的一方依次经过 ESTABLISHED → FIN-WAIT-1（已发出 FIN）→ FIN-WAIT-2（FIN 已被确认）→ TIME-WAIT（收到对方的 FIN）→ 2MSL 后 CLOSED；另一方依次经过 ESTABLISHED → CLOSE-WAIT（收到 FIN）→ LAST-ACK（发出自己的 FIN）→ CLOSED（自己的 FIN 被确认）。",
);

/** The classic confusions of a close state, applied to the engine's answer. */
const CONFUSED_WITH: Partial<Record<TcpState, [TcpState, KnownMisconception][]>> = {
  "FIN-WAIT-1": [["FIN-WAIT-2", "fin-wait-1-vs-2"]],
  "FIN-WAIT-2": [
    ["CLOSE-WAIT", "swapped-close-wait-fin-wait-2"],
    ["FIN-WAIT-1", "fin-wait-1-vs-2"],
  ],
  "CLOSE-WAIT": [
    ["FIN-WAIT-2", "swapped-close-wait-fin-wait-2"],
    ["LAST-ACK", "close-wait-vs-last-ack"],
  ],
  "LAST-ACK": [
    ["CLOSE-WAIT", "close-wait-vs-last-ack"],
    ["CLOSED", "closed-too-early"],
  ],
  "TIME-WAIT": [["CLOSED", "skipped-time-wait"]],
  CLOSED: [["TIME-WAIT", "time-wait-wrong-side"]],
};

export const confusionsOf = (state: TcpState): Distractor[] => (CONFUSED_WITH[state] ?? []).map(([s, m]) => ({ response: asState(s), misconception: m }));

export const teardownStateAfterStep: Template = {
  id: "teardown-state-after-step",
  concept: "teardown-states",
  kind: "state",
  title: L("State during the four-way close", "四次挥手过程中的状态"),
  build({ seed, rng, difficulty }) {
    const s = closeSetup(rng, difficulty, { halfCloseBytes: difficulty > 1 && rng.chance(0.5) ? pickBytes(rng, difficulty) : 0 });
    const { scenario, run } = s.story.finish();
    const points = [
      [s.close.steps.close1, s.first],
      [s.close.steps.fin1Arrives, s.second],
      [s.close.steps.ack1Arrives, s.first],
      [s.close.steps.close2, s.second],
      [s.close.steps.fin2Arrives, s.first],
      [s.close.steps.ack2Arrives, s.second],
    ] as const;
    const [step, mover] = rotate(seed, points);
    const side = difficulty === 1 ? mover : rotate(seed, [s.first, s.second], points.length);
    const event = stepText(run, scenario, step);
    return stateQuestion({
      run,
      scenario,
      step,
      side,
      prompt: L(
        `${closeIntro(s).en} The step asked about: ${event.en}. What state is ${side} in right after this step?`,
        `${closeIntro(s).zh}所问的这一步：${event.zh}。这一步刚结束时，${side} 处于什么状态？`,
      ),
      otherSideMistake: "other-side-state",
      extraDistractors: confusionsOf(stateAt(run, step, side)),
      lead: TEARDOWN_RULE,
    });
  },
};

export const teardownStateOrder: Template = {
  id: "teardown-state-order",
  concept: "teardown-states",
  kind: "state-order",
  title: L("States of an endpoint during the close", "关闭过程中端点经过的状态"),
  build({ seed, rng, difficulty }) {
    const s = closeSetup(rng, difficulty, { halfCloseBytes: difficulty > 1 ? pickBytes(rng, difficulty) : 0 });
    s.story.wait(2 * s.msl);
    const { scenario, run } = s.story.finish();
    const role = rotate(seed, ["first", "second"] as const);
    const side = role === "first" ? s.first : s.second;
    const fromEstablished = (path: TcpState[]) => path.slice(path.lastIndexOf("ESTABLISHED"));
    const path = fromEstablished(statePath(run, side));
    const otherPath = fromEstablished(statePath(run, role === "first" ? s.second : s.first));
    const distractors: Distractor[] = [
      { response: asOrder(otherPath), misconception: "swapped-close-wait-fin-wait-2" },
      { response: asOrder(path.filter((st) => st !== "FIN-WAIT-2")), misconception: "skipped-fin-wait-2" },
      { response: asOrder(path.filter((st) => st !== "TIME-WAIT")), misconception: "skipped-time-wait" },
      // The side that closes second, given a TIME-WAIT it never enters (the first closer's path has one already).
      ...(path.includes("TIME-WAIT")
        ? []
        : [{ response: asOrder([...path.slice(0, -1), "TIME-WAIT", "CLOSED"]), misconception: "time-wait-wrong-side" as const }]),
      { response: asOrder(path.filter((st) => st !== "LAST-ACK")), misconception: "closed-too-early" },
    ];
    const pool = new Set<TcpState>([...path, ...otherPath, ...(difficulty > 1 ? (["CLOSING", "SYN-RECEIVED"] as const) : [])]);
    return {
      prompt: L(
        `${closeIntro(s).en} Put in order the states ${side} passes through, from ESTABLISHED until it is CLOSED.`,
        `${closeIntro(s).zh}请按顺序排列 ${side} 从 ESTABLISHED 到 CLOSED 所经过的状态。`,
      ),
      input: stateOrderInput(side, rng.shuffle(TCP_STATES.filter((st) => pool.has(st)))),
      scenario,
      scenarioIsPublic: false,
      key: asOrder(path),
      keyText: L(`${side} passes through ${path.join(" → ")}.`, `${side} 依次经过 ${path.join(" → ")}。`),
      distractors,
      explanation: {
        text: L(`${TEARDOWN_RULE.en} Here ${side} went ${path.join(" → ")}.`, `${TEARDOWN_RULE.zh}本例中 ${side} 依次经过 ${path.join(" → ")}。`),
        rfc: "3.6",
        diagram: explanationDiagram(run, s.close.steps.close1, [s.close.fin1, s.close.ack1, s.close.fin2, s.close.ack2]),
      },
    };
  },
};
