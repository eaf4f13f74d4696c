import { other, type Flag, type Side } from "../../tcp";
import { asFlags, asNumber, flagsInput, flagsText, numberInput } from "../inputs";
import { numberDistractors, wrapMistake } from "../number-question";
import { pickClient, pickIsns, pickIsnsWrapping } from "../params";
import type { Rng } from "../random";
import { segmentOf, sentDuring, stateAt } from "../run-read";
import { reachState, type Reachable } from "../setups";
import { explanationDiagram, stateQuestion } from "../state-question";
import { Story } from "../story";
import type { Template } from "../template";
import { L } from "../text";
import { questionDiagram } from "../trace-view";
import type { Difficulty, Distractor } from "../types";

const CLOSED_PORT_RULE = L(
  "A segment that arrives where no connection exists (no socket is listening) is answered with a RST; a RST itself is never answered. If the segment had no ACK bit, as a SYN, the RST carries ACK with ack = its seq + its length (a SYN counts 1): <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.",
  "到达一个不存在连接（没有套接字在监听）的端口的报文段会得到 RST 应答；RST 本身从不被应答。若该报文段没有 ACK 标志（例如 SYN），RST 会携带 ACK，确认号为其 seq 加上其长度（SYN 计为 1）：<SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>。",
);

/** `client` connects to `target`, whose host has no listener (never listened, or closed its listener at level 3). */
function synToClosedPort(rng: Rng, difficulty: Difficulty, wrapping: boolean) {
  const client = pickClient(rng);
  const target = other(client);
  const story = new Story({ isn: wrapping ? pickIsnsWrapping(rng, difficulty, client) : pickIsns(rng, difficulty) });
  const closedListener = difficulty === 3 && rng.chance(0.5);
  if (closedListener) {
    story.call("listen", target);
    story.call("close", target);
  }
  story.call("connect", client);
  const synSent = story.stepCount - 1;
  const syn = story.deliver({ from: client, exactly: ["SYN"] });
  const arrives = story.stepCount - 1;
  story.step({ deliver: "all" });
  const { scenario, run } = story.finish();
  const reply = sentDuring(run, arrives)[0];
  const situation = closedListener
    ? L(`${target} was listening but its application closed the listening socket.`, `${target} 曾经在监听，但它的应用已关闭了监听套接字。`)
    : L(`No application on ${target} listens on that port.`, `${target} 上没有应用在该端口监听。`);
  return { client, target, scenario, run, syn: segmentOf(run, syn), reply, synSent, arrives, situation };
}

export const resetClosedPort: Template = {
  id: "reset-closed-port",
  concept: "resets",
  kind: "flags",
  title: L("A SYN to a closed port", "发往未监听端口的 SYN"),
  build({ rng, difficulty }) {
    const c = synToClosedPort(rng, difficulty, false);
    const flags: Flag[] = c.reply?.flags ?? [];
    const distractors: Distractor[] = [
      { response: asFlags([]), misconception: "closed-port-ignores-syn" },
      { response: asFlags(["SYN", "ACK"]), misconception: "closed-port-accepts" },
      { response: asFlags(flags.filter((f) => f !== "ACK")), misconception: "reply-missing-ack" },
    ];
    return {
      prompt: L(
        `${c.client} calls connect to a port on ${c.target}. ${c.situation.en} When ${c.client}'s SYN (seq=${c.syn.seq}) arrives, which control bits does ${c.target}'s answer carry? (Choose none if ${c.target} sends nothing.)`,
        `${c.client} 调用 connect 连接 ${c.target} 的某个端口。${c.situation.zh}${c.client} 的 SYN（seq=${c.syn.seq}）到达时，${c.target} 的应答带有哪些控制位？（若 ${c.target} 不发送任何报文段，则一个都不选。）`,
      ),
      input: flagsInput(true),
      diagram: questionDiagram(c.scenario, c.synSent + 1),
      scenario: c.scenario,
      scenarioIsPublic: false,
      key: asFlags(flags),
      keyText: L(`${c.target} answers with ${flagsText(flags).en}.`, `${c.target} 以 ${flagsText(flags).zh} 应答。`),
      distractors,
      explanation: {
        text: L(
          `${CLOSED_PORT_RULE.en} ${c.client} receives the answer in SYN-SENT and ends in ${stateAt(c.run, c.run.trace.steps.length - 1, c.client)} ("connection refused").`,
          `${CLOSED_PORT_RULE.zh}${c.client} 在 SYN-SENT 状态收到该应答，最终处于 ${stateAt(c.run, c.run.trace.steps.length - 1, c.client)}（连接被拒绝）。`,
        ),
        rfc: "3.10.7.1",
        diagram: explanationDiagram(c.run, c.arrives),
      },
    };
  },
};

export const resetClosedPortAck: Template = {
  id: "reset-closed-port-ack",
  concept: "resets",
  kind: "number",
  title: L("The numbers of a RST to a SYN", "应答 SYN 的 RST 的确认号"),
  build({ rng, difficulty }) {
    const c = synToClosedPort(rng, difficulty, true);
    const reply = c.reply!;
    return {
      prompt: L(
        `${c.client} calls connect to a port on ${c.target}. ${c.situation.en} ${c.target} answers ${c.client}'s SYN (seq=${c.syn.seq}) with a RST,ACK. What acknowledgment number does the RST carry?`,
        `${c.client} 调用 connect 连接 ${c.target} 的某个端口。${c.situation.zh}${c.target} 用 RST,ACK 应答 ${c.client} 的 SYN（seq=${c.syn.seq}）。这个 RST 的确认号 ack 是多少？`,
      ),
      input: numberInput("ack", L("ack of the RST", "RST 的确认号 ack")),
      diagram: questionDiagram(c.scenario, c.synSent + 1),
      scenario: c.scenario,
      scenarioIsPublic: false,
      key: asNumber(reply.ack),
      keyText: L(`ack = ${reply.ack}`, `确认号 ack = ${reply.ack}`),
      distractors: [...numberDistractors([[c.syn.seq, "syn-takes-no-sequence-number"], [0, "ack-number-as-seq"]]), ...wrapMistake(c.syn.seq, 1)],
      explanation: {
        text: L(`${CLOSED_PORT_RULE.en} Here SEG.SEQ=${c.syn.seq} and the SYN counts 1, so ack=${reply.ack} (and seq=${reply.seq}).`, `${CLOSED_PORT_RULE.zh}本例中 SEG.SEQ=${c.syn.seq}，SYN 计为 1，所以 ack=${reply.ack}（seq=${reply.seq}）。`),
        rfc: "3.10.7.1",
        diagram: explanationDiagram(c.run, c.arrives),
      },
    };
  },
};

const ABORT_STATES: Record<Difficulty, Reachable[]> = {
  1: ["ESTABLISHED"],
  2: ["ESTABLISHED", "CLOSE-WAIT", "FIN-WAIT-2", "SYN-RECEIVED"],
  3: ["CLOSE-WAIT", "FIN-WAIT-1", "LAST-ACK", "TIME-WAIT", "SYN-SENT", "LISTEN"],
};

export const resetAbort: Template = {
  id: "reset-abort",
  concept: "resets",
  kind: "flags",
  title: L("What ABORT sends", "ABORT 发送什么"),
  build({ rng, difficulty }) {
    const side: Side = rng.pick(["A", "B"]);
    const state = rng.pick(ABORT_STATES[difficulty]);
    const story = new Story({ isn: pickIsns(rng, difficulty) });
    const at = reachState(story, side, state);
    const shown = story.stepCount;
    const abort = story.call("abort", side);
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const sent = sentDuring(run, abort)[0];
    const flags: Flag[] = sent?.flags ?? [];
    const distractors: Distractor[] = flags.length
      ? [
          { response: asFlags(["FIN", "ACK"]), misconception: "abort-as-close" },
          { response: asFlags(["FIN"]), misconception: "abort-as-close" },
          { response: asFlags([]), misconception: "abort-silent" },
        ]
      : [
          { response: asFlags(["RST"]), misconception: "abort-always-rst" },
          { response: asFlags(["FIN", "ACK"]), misconception: "abort-as-close" },
        ];
    return {
      prompt: L(
        `${side} is in ${stateAt(run, at, side)} when its application calls abort. Which control bits does the segment ${side} sends carry? (Choose none if it sends nothing.)`,
        `${side} 处于 ${stateAt(run, at, side)} 状态时，它的应用调用了 abort。${side} 发出的报文段带有哪些控制位？（若不发送任何报文段，则一个都不选。）`,
      ),
      input: flagsInput(true),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asFlags(flags),
      keyText: L(`${side} sends ${flagsText(flags).en}.`, `${side} 发送 ${flagsText(flags).zh}。`),
      distractors,
      explanation: {
        text: L(
          `ABORT drops the connection at once, without a FIN and without waiting for queued data. In SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2 and CLOSE-WAIT the peer is told with a RST <SEQ=SND.NXT><CTL=RST>; in the other states nothing is sent. Here ${side} sent ${flagsText(flags).en} and went to ${stateAt(run, abort, side)}.`,
          `ABORT 会立即释放连接，不发送 FIN，也不等待排队的数据。在 SYN-RECEIVED、ESTABLISHED、FIN-WAIT-1、FIN-WAIT-2 和 CLOSE-WAIT 状态下，会发送 RST <SEQ=SND.NXT><CTL=RST> 通知对方；在其他状态下不发送任何报文段。本例中 ${side} ${flags.length ? `发送了 ${flagsText(flags).zh}` : "没有发送报文段"}，并进入 ${stateAt(run, abort, side)}。`,
        ),
        rfc: "3.10.5",
        diagram: explanationDiagram(run, abort),
      },
    };
  },
};

const RST_STATES: Record<Difficulty, Reachable[]> = {
  1: ["ESTABLISHED"],
  2: ["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT"],
  3: ["SYN-RECEIVED", "LAST-ACK", "TIME-WAIT", "FIN-WAIT-2", "CLOSE-WAIT"],
};

export const resetInState: Template = {
  id: "reset-in-state",
  concept: "resets",
  kind: "state",
  title: L("A RST arrives", "收到 RST"),
  build({ rng, difficulty }) {
    const side: Side = rng.pick(["A", "B"]);
    const state = rng.pick(RST_STATES[difficulty]);
    const story = new Story({ isn: pickIsns(rng, difficulty) });
    reachState(story, side, state);
    const rcvNxt = story.current.tcb[side].rcvNxt;
    const injected = story.inject(side, ["RST"], rcvNxt);
    const shown = story.stepCount;
    story.step({ deliver: injected });
    const step = story.stepCount - 1;
    const { scenario, run } = story.finish();
    const key = stateAt(run, step, side);
    const extra: Distractor[] = [{ response: { kind: "state", state }, misconception: "rst-ignored" }];
    if (key === "LISTEN") extra.push({ response: { kind: "state", state: "CLOSED" }, misconception: "passive-rst-returns-to-listen" });
    return stateQuestion({
      run,
      scenario,
      step,
      side,
      prompt: L(
        `${side} is in ${state}. A RST with seq=${rcvNxt}, exactly the next sequence number ${side} expects, arrives at ${side}. What state is ${side} in right after this?`,
        `${side} 处于 ${state} 状态。一个 seq=${rcvNxt}（正好是 ${side} 期望的下一个序列号）的 RST 到达 ${side}。紧接着 ${side} 处于什么状态？`,
      ),
      otherSideMistake: "other-side-state",
      extraDistractors: extra,
      lead: L(
        "A RST whose sequence number is exactly RCV.NXT is acceptable (RFC 5961 narrows the window to that one number). It ends the connection at once: the endpoint goes to CLOSED, except a passive open in SYN-RECEIVED, which returns to LISTEN. Nothing is sent in reply.",
        "序列号恰好等于 RCV.NXT 的 RST 是可接受的（RFC 5961 将接受范围收窄到这一个序列号）。它会立即终止连接：端点进入 CLOSED；但被动打开、处于 SYN-RECEIVED 的连接会回到 LISTEN。收到 RST 后不发送任何应答。",
      ),
      rfc: "3.10.7.4",
      shownSteps: shown,
    });
  },
};
