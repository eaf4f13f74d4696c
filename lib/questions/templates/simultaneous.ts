import { other, TCP_STATES, toSeconds, type Side, type TcpState } from "../../tcp";
import { stepText } from "../describe";
import { asOrder, asState, stateOrderInput } from "../inputs";
import { pickIsns, pickMsl, rotate } from "../params";
import type { Rng } from "../random";
import { statePath } from "../run-read";
import { explanationDiagram, stateQuestion } from "../state-question";
import { openConnection, Story } from "../story";
import type { Template } from "../template";
import { L } from "../text";
import type { Difficulty, Distractor } from "../types";

const OPEN_RULE = L(
  "In a simultaneous open both sides send a SYN from SYN-SENT. A SYN arriving in SYN-SENT moves the receiver to SYN-RECEIVED and it answers SYN,ACK; the SYN,ACK that acknowledges its own SYN then takes it to ESTABLISHED (RFC 9293 Figure 7).",
  "同时打开时双方都在 SYN-SENT 状态发出 SYN。在 SYN-SENT 状态收到 SYN 后，接收方进入 SYN-RECEIVED 并回复 SYN,ACK；之后收到确认自己 SYN 的 SYN,ACK 时进入 ESTABLISHED（RFC 9293 图 7）。",
);
const CLOSE_RULE = L(
  "In a simultaneous close both sides send a FIN from ESTABLISHED. A FIN arriving in FIN-WAIT-1 (own FIN not yet acknowledged) moves the receiver to CLOSING; the ACK of its own FIN then takes it to TIME-WAIT, so both sides wait 2 MSL (RFC 9293 Figure 13).",
  "同时关闭时双方都在 ESTABLISHED 状态发出 FIN。在 FIN-WAIT-1（自己的 FIN 尚未被确认）状态收到 FIN 后，接收方进入 CLOSING；之后收到对自己 FIN 的确认时进入 TIME-WAIT，因此双方都要等待 2MSL（RFC 9293 图 13）。",
);

function simultaneousOpen(rng: Rng, difficulty: Difficulty) {
  const first: Side = rng.pick(["A", "B"]);
  const second = other(first);
  const story = new Story({ isn: pickIsns(rng, difficulty) });
  story.call("connect", first);
  const s0 = story.call("connect", second);
  const synToFirst = story.deliver({ from: second, exactly: ["SYN"] });
  const s1 = story.stepCount - 1;
  const synToSecond = story.deliver({ from: first, exactly: ["SYN"] });
  const s2 = story.stepCount - 1;
  story.deliver({ from: second, flags: ["SYN", "ACK"] });
  const s3 = story.stepCount - 1;
  story.deliver({ from: first, flags: ["SYN", "ACK"] });
  const s4 = story.stepCount - 1;
  return {
    first,
    second,
    story,
    synToFirst,
    synToSecond,
    points: [
      [s0, second],
      [s1, first],
      [s3, first],
      [s2, second],
      [s4, second],
    ] as const,
  };
}

/**
 * Both applications close before either FIN arrives. `crossed`: both FINs arrive before either ACK,
 * so both sides pass through CLOSING. Otherwise `first`'s FIN is acknowledged before `second`'s FIN
 * reaches it (the network reorders them): `first` goes through FIN-WAIT-2, only `second` through CLOSING.
 */
function simultaneousClose(rng: Rng, difficulty: Difficulty, crossed = true) {
  const a: Side = rng.pick(["A", "B"]);
  const story = new Story({ isn: pickIsns(rng, difficulty), msl: pickMsl(rng, difficulty) });
  openConnection(story, a, other(a));
  const first: Side = rng.pick(["A", "B"]);
  const second = other(first);
  const closeStep = story.stepCount;
  story.call("close", first);
  const s0 = story.call("close", second);
  if (!crossed) {
    story.deliver({ from: first, flags: ["FIN"] });
    story.deliver({ from: second, exactly: ["ACK"] });
    story.deliver({ from: second, flags: ["FIN"] });
    story.deliver({ from: first, exactly: ["ACK"] });
    return { first, second, story, closeStep, points: [] as const };
  }
  story.deliver({ from: second, flags: ["FIN"] });
  const s1 = story.stepCount - 1;
  story.deliver({ from: first, flags: ["FIN"] });
  const s2 = story.stepCount - 1;
  story.deliver({ from: second, exactly: ["ACK"] });
  const s3 = story.stepCount - 1;
  story.deliver({ from: first, exactly: ["ACK"] });
  const s4 = story.stepCount - 1;
  return {
    first,
    second,
    story,
    closeStep,
    points: [
      [s0, first],
      [s1, first],
      [s3, first],
      [s2, second],
      [s4, second],
    ] as const,
  };
}

const SIMULTANEOUS_CONFUSIONS: Partial<Record<TcpState, Distractor[]>> = {
  "SYN-RECEIVED": [
    { response: asState("ESTABLISHED"), misconception: "simultaneous-as-normal" },
    { response: asState("LISTEN"), misconception: "listen-vs-syn-sent" },
  ],
  ESTABLISHED: [{ response: asState("SYN-RECEIVED"), misconception: "state-not-updated" }],
  CLOSING: [
    { response: asState("TIME-WAIT"), misconception: "closing-vs-time-wait" },
    { response: asState("CLOSE-WAIT"), misconception: "simultaneous-as-normal" },
  ],
  "TIME-WAIT": [
    { response: asState("CLOSING"), misconception: "state-not-updated" },
    { response: asState("CLOSED"), misconception: "skipped-time-wait" },
  ],
};

export const simultaneousOpenState: Template = {
  id: "simultaneous-open-state",
  concept: "simultaneous",
  kind: "state",
  title: L("State during a simultaneous open", "同时打开过程中的状态"),
  build({ seed, rng, difficulty }) {
    const o = simultaneousOpen(rng, difficulty);
    const { scenario, run } = o.story.finish();
    // Level 1: after both calls, after the first SYN arrives, after the first SYN,ACK arrives; above, any of the five points.
    const [step, side] = rotate(seed, difficulty === 1 ? o.points.slice(0, 3) : o.points);
    const event = stepText(run, scenario, step);
    return stateQuestion({
      run,
      scenario,
      step,
      side,
      prompt: L(
        `A and B both call connect at the same time, so their SYNs cross in the network. The step asked about: ${event.en}. What state is ${side} in right after this step?`,
        `A 和 B 同时调用 connect，双方的 SYN 在网络中交错而过。所问的这一步：${event.zh}。这一步刚结束时，${side} 处于什么状态？`,
      ),
      otherSideMistake: "other-side-state",
      extraDistractors: SIMULTANEOUS_CONFUSIONS[run.trace.steps[step]!.states[side]],
      lead: OPEN_RULE,
    });
  },
};

export const simultaneousCloseState: Template = {
  id: "simultaneous-close-state",
  concept: "simultaneous",
  kind: "state",
  title: L("State during a simultaneous close", "同时关闭过程中的状态"),
  build({ seed, rng, difficulty }) {
    const c = simultaneousClose(rng, difficulty);
    const { scenario, run } = c.story.finish();
    const [step, side] = rotate(seed, difficulty === 1 ? c.points.slice(0, 3) : c.points);
    const event = stepText(run, scenario, step);
    return stateQuestion({
      run,
      scenario,
      step,
      side,
      prompt: L(
        `A and B have an established connection, and both applications call close at the same time, so their FINs cross. The step asked about: ${event.en}. What state is ${side} in right after this step?`,
        `A 与 B 之间已建立连接，双方的应用同时调用 close，两个 FIN 在网络中交错而过。所问的这一步：${event.zh}。这一步刚结束时，${side} 处于什么状态？`,
      ),
      otherSideMistake: "other-side-state",
      extraDistractors: SIMULTANEOUS_CONFUSIONS[run.trace.steps[step]!.states[side]],
      lead: CLOSE_RULE,
    });
  },
};

export const simultaneousCloseOrder: Template = {
  id: "simultaneous-close-order",
  concept: "simultaneous",
  kind: "state-order",
  title: L("States of a simultaneous close", "同时关闭经过的状态"),
  build({ seed, rng, difficulty }) {
    // In turn: the FINs cross (both sides pass through CLOSING), or the ACK of the first FIN
    // overtakes the second FIN (the asked side, the first, passes through FIN-WAIT-2 instead).
    const crossed = rotate(seed, [true, false]);
    const c = simultaneousClose(rng, difficulty, crossed);
    const msl = toSeconds(c.story.current.config.msl);
    c.story.wait(2 * msl);
    const { scenario, run } = c.story.finish();
    const side = crossed ? rng.pick([c.first, c.second]) : c.first;
    const full = statePath(run, side);
    const path = full.slice(full.lastIndexOf("ESTABLISHED"));
    const distractors: Distractor[] = path.includes("CLOSING")
      ? [
          // The one-sided path a learner may fall back on, built from this path.
          { response: asOrder(path.map((s) => (s === "CLOSING" ? "FIN-WAIT-2" : s))), misconception: "simultaneous-as-normal" },
          { response: asOrder(path.filter((s) => s !== "TIME-WAIT")), misconception: "skipped-time-wait" },
          { response: asOrder(path.filter((s) => s !== "CLOSING")), misconception: "closing-vs-time-wait" },
        ]
      : [
          { response: asOrder(path.map((s) => (s === "FIN-WAIT-2" ? "CLOSING" : s))), misconception: "crossing-fins-always-closing" },
          { response: asOrder(path.filter((s) => s !== "TIME-WAIT")), misconception: "skipped-time-wait" },
          { response: asOrder(path.filter((s) => s !== "FIN-WAIT-2")), misconception: "skipped-fin-wait-2" },
        ];
    const how = crossed
      ? L("both FINs arrive before either ACK", "两个 FIN 都先于任何 ACK 到达")
      : L(
          `${c.second}'s ACK of ${c.first}'s FIN overtakes ${c.second}'s FIN and reaches ${c.first} first`,
          `${c.second} 对 ${c.first} 的 FIN 的确认超过了 ${c.second} 的 FIN，先到达 ${c.first}`,
        );
    const pool = new Set<TcpState>([...path, "FIN-WAIT-2", "CLOSE-WAIT", ...(difficulty > 1 ? (["LAST-ACK"] as const) : [])]);
    return {
      prompt: L(
        `A and B have an established connection, and both applications call close at the same time, so their FINs cross; then ${how.en}. MSL is ${msl} s. Put in order the states ${side} passes through, from ESTABLISHED until it is CLOSED.`,
        `A 与 B 之间已建立连接，双方的应用同时调用 close，两个 FIN 在网络中交错而过；随后，${how.zh}。MSL 为 ${msl} 秒。请按顺序排列 ${side} 从 ESTABLISHED 到 CLOSED 所经过的状态。`,
      ),
      input: stateOrderInput(side, rng.shuffle(TCP_STATES.filter((s) => pool.has(s)))),
      scenario,
      scenarioIsPublic: false,
      key: asOrder(path),
      keyText: L(`${side} passes through ${path.join(" → ")}.`, `${side} 依次经过 ${path.join(" → ")}。`),
      distractors,
      explanation: {
        text: L(
          `${CLOSE_RULE.en}${crossed ? "" : ` Here ${side}'s own FIN was acknowledged before ${c.second}'s FIN arrived, so ${side} was in FIN-WAIT-2, not FIN-WAIT-1, when that FIN came, and went to TIME-WAIT directly.`} So ${side} went ${path.join(" → ")}.`,
          `${CLOSE_RULE.zh}${crossed ? "" : `本例中 ${side} 自己的 FIN 在 ${c.second} 的 FIN 到达之前已被确认，所以那个 FIN 到达时 ${side} 处于 FIN-WAIT-2 而不是 FIN-WAIT-1，于是直接进入 TIME-WAIT。`}因此 ${side} 依次经过 ${path.join(" → ")}。`,
        ),
        rfc: "3.6",
        diagram: explanationDiagram(run, c.closeStep + 2),
      },
    };
  },
};
