import type { TcpState } from "../../tcp";
import { asNumber, asState, numberInput, stateInput } from "../inputs";
import { numberDistractors } from "../number-question";
import { pickIsns, pickMsl } from "../params";
import { explanationDiagram } from "../state-question";
import { openConnection } from "../story";
import type { Template } from "../template";
import { L, secs } from "../text";
import { questionDiagram } from "../trace-view";
import type { Distractor } from "../types";
import { topicStory, variantOf, waitForTimer } from "./topic-kit";

/** Connections that linger on servers: CLOSE-WAIT, the FIN-WAIT-2 timeout, a SYN in TIME-WAIT. */

const LINGER_RULE = L(
  "A FIN only says that its sender has no more data. The side that receives it stays in CLOSE-WAIT until its own application calls close, however long that takes: a server whose application forgets to close piles up CLOSE-WAIT connections. The other side waits in FIN-WAIT-2 for the peer's FIN; RFC 9293 sets no limit there, but a stack may time out a socket its application has closed (Linux's tcp_fin_timeout, 60 s by default).",
  "FIN 只表示发送方已没有数据要发送。收到 FIN 的一方停留在 CLOSE-WAIT，直到它自己的应用调用 close，无论要等多久：应用忘记调用 close 的服务器会堆积大量 CLOSE-WAIT 连接。另一方在 FIN-WAIT-2 等待对方的 FIN；RFC 9293 对此没有时间限制，但协议栈可以让其应用已关闭的套接字超时（Linux 的 tcp_fin_timeout，默认 60 秒）。",
);

export const lingeringState: Template = {
  id: "lingering-state",
  concept: "lingering",
  kind: "state",
  title: L("Who lingers when an application never closes", "应用从不调用 close 时谁在滞留"),
  build({ rng, difficulty, seed }) {
    const variant = variantOf(seed, 3); // 0: ask the server, 1: the client before its timeout, 2: after it
    const timeout = rng.pick([30, 60, 120]);
    const wait = variant === 1 ? timeout * rng.pick([0.25, 0.5, 0.75]) : timeout * rng.int(2, 100);
    const withTimeout = variant !== 1 || rng.chance(0.5);
    const story = topicStory({ isn: pickIsns(rng, difficulty), ...(withTimeout ? { finWait2Timeout: timeout } : {}) });
    openConnection(story, "A", "B");
    story.call("close", "A");
    story.step({ deliver: "all" });
    const shown = story.stepCount;
    story.wait(wait);
    const { scenario, run } = story.finish();
    const side = variant === 0 ? "B" : "A";
    const asked = run.trace.steps.length - 1;
    const key = run.trace.steps[asked]!.states[side];
    const distractors: Distractor[] =
      variant === 0
        ? [
            { response: asState("CLOSED"), misconception: "close-wait-ends-by-itself" },
            { response: asState("LAST-ACK"), misconception: "close-wait-vs-last-ack" },
          ]
        : variant === 1
          ? [
              { response: asState("CLOSED"), misconception: "fin-wait-2-is-closed", about: { side, step: asked } },
              { response: asState("CLOSE-WAIT"), misconception: "swapped-close-wait-fin-wait-2" },
            ]
          : [
              { response: asState("FIN-WAIT-2"), misconception: "fin-wait-2-forever" },
              { response: asState("TIME-WAIT"), misconception: "fin-wait-2-timeout-to-time-wait" },
            ];
    const setting = withTimeout
      ? L(
          `A's stack times out FIN-WAIT-2 after ${timeout} s (like Linux's tcp_fin_timeout).`,
          `A 的协议栈让 FIN-WAIT-2 在 ${timeout} 秒后超时（类似 Linux 的 tcp_fin_timeout）。`,
        )
      : L("A's stack keeps FIN-WAIT-2 as long as RFC 9293 allows.", "A 的协议栈按 RFC 9293 的允许无限期保持 FIN-WAIT-2。");
    return {
      prompt: L(
        `A (the client) closes its connection with B (the server); A's FIN and B's ACK arrive, but B's application has a bug and never calls close. ${setting.en} ${secs(wait)} s later, what state is ${side} in?`,
        `A（客户端）关闭与 B（服务器）的连接；A 的 FIN 和 B 的 ACK 都已到达，但 B 的应用有缺陷，从不调用 close。${setting.zh}${secs(wait)} 秒后，${side} 处于什么状态？`,
      ),
      input: stateInput(),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asState(key),
      keyText: L(`${side} is in ${key}.`, `${side} 处于 ${key} 状态。`),
      distractors,
      explanation: { text: LINGER_RULE, rfc: "3.10.4", diagram: explanationDiagram(run, asked) },
    };
  },
};

export const finWait2TimeoutAt: Template = {
  id: "fin-wait-2-timeout-at",
  concept: "lingering",
  kind: "number",
  title: L("When the FIN-WAIT-2 timeout ends", "FIN-WAIT-2 超时何时结束"),
  build({ rng, difficulty }) {
    const timeout = rng.pick([15, 30, 60, 120]);
    // A slow path: the FIN takes `there` seconds to reach B, B's ACK `back` seconds to return.
    const pick = () => (difficulty === 1 ? rng.int(1, 3) : rng.int(1, 12) / 4);
    const there = pick();
    const back = pick();
    // A's retransmission timeout is longer than the round trip, as RFC 6298's estimate makes it, so the FIN is sent once.
    const rto = Math.ceil(there + back) + 1;
    const story = topicStory({ isn: pickIsns(rng, difficulty), rto, finWait2Timeout: timeout });
    openConnection(story, "A", "B");
    const closeStep = story.call("close", "A");
    story.wait(there);
    story.deliver({ from: "A", flags: ["FIN"] });
    story.wait(back);
    story.deliver({ from: "B", exactly: ["ACK"] });
    waitForTimer(story, "A", "fin-wait-2");
    const { scenario, run } = story.finish();
    const t0 = run.trace.steps[closeStep]!.t;
    const key = run.trace.steps.at(-1)!.t - t0;
    const ackAt = secs(there + back);
    return {
      prompt: L(
        `A closes its connection with B at t = 0. The path is slow: A's FIN arrives at B ${secs(there)} s later, and B's ACK of it arrives at A ${secs(back)} s after that. B's application never closes. A's stack times out FIN-WAIT-2 after ${timeout} s. At what time t does A reach CLOSED?`,
        `A 在 t = 0 时关闭与 B 的连接。路径很慢：A 的 FIN 在 ${secs(there)} 秒后到达 B，B 对它的 ACK 又过了 ${secs(back)} 秒才到达 A。B 的应用从不调用 close。A 的协议栈让 FIN-WAIT-2 在 ${timeout} 秒后超时。A 在什么时刻 t 进入 CLOSED？`,
      ),
      input: numberInput("seconds", L("t in seconds", "时刻 t（秒）")),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`t = ${secs(key)} s`, `t = ${secs(key)} 秒`),
      distractors: numberDistractors([
        [timeout, "fin-wait-2-timeout-from-close"],
        [there + timeout, "fin-wait-2-timeout-from-ack-sent"],
      ]),
      explanation: {
        text: L(
          `${LINGER_RULE.en} The timer starts when A enters FIN-WAIT-2, that is when the ACK of its FIN arrives, at t = ${secs(there)} + ${secs(back)} = ${ackAt}; so A is CLOSED at ${ackAt} + ${timeout} = ${secs(key)} s, without sending anything.`,
          `${LINGER_RULE.zh}计时器从 A 进入 FIN-WAIT-2 时开始，也就是其 FIN 的 ACK 到达时，即 t = ${secs(there)} + ${secs(back)} = ${ackAt}；所以 A 在 ${ackAt} + ${timeout} = ${secs(key)} 秒时进入 CLOSED，且不发送任何报文段。`,
        ),
        rfc: "3.10.4",
        diagram: explanationDiagram(run, run.trace.steps.length - 1),
      },
    };
  },
};

export const timeWaitSynState: Template = {
  id: "time-wait-syn-state",
  concept: "lingering",
  kind: "state",
  title: L("A new SYN meets TIME-WAIT", "新的 SYN 遇到 TIME-WAIT"),
  build({ rng, difficulty, seed }) {
    const variant = variantOf(seed, 3); // 0: reopened, 1: SYN not beyond, 2: TIME-WAIT over first
    const msl = pickMsl(rng, difficulty);
    const isn = pickIsns(rng, difficulty);
    const story = topicStory({ isn, msl, timeWaitReopen: true });
    openConnection(story, "A", "B");
    // The server closes first, so the server is the one in TIME-WAIT.
    story.call("close", "B");
    story.step({ deliver: "all" });
    story.call("close", "A");
    story.step({ deliver: "all" });
    const rcvNxt = story.current.tcb.B.rcvNxt;
    if (variant === 2) story.wait(2 * msl);
    else story.wait(rng.int(1, msl));
    const newIsn = variant === 1 ? (rcvNxt - rng.int(0, 1000)) >>> 0 : (rcvNxt + rng.int(1, 2 ** 20)) >>> 0;
    const shown = story.stepCount;
    story.step({ call: "connect", on: "A", isn: newIsn });
    story.deliver({ from: "A", flags: ["SYN"] });
    const { scenario, run } = story.finish();
    const key: TcpState = run.trace.steps.at(-1)!.states.B;
    const distractors: Distractor[] =
      variant === 0
        ? [{ response: asState("TIME-WAIT"), misconception: "time-wait-refuses-every-syn" }]
        : variant === 1
          ? [{ response: asState("SYN-RECEIVED"), misconception: "time-wait-pair-free" }]
          : [{ response: asState("TIME-WAIT"), misconception: "time-wait-forever" }];
    return {
      prompt: L(
        `B (the server) closed first and is in TIME-WAIT (2 MSL = ${2 * msl} s); its RCV.NXT is ${rcvNxt}. B's stack may reopen TIME-WAIT for a SYN whose sequence number is beyond RCV.NXT (RFC 9293 3.6.1, RFC 6191), and B's application is not listening. ${variant === 2 ? `After ${2 * msl} s` : "Some seconds later"}, A connects again from the same port with ISN ${newIsn}, and its SYN arrives. What state is B in now?`,
        `B（服务器）先关闭，正处于 TIME-WAIT（2MSL = ${2 * msl} 秒）；它的 RCV.NXT 为 ${rcvNxt}。对于序列号大于 RCV.NXT 的 SYN，B 的协议栈可以重新打开 TIME-WAIT 中的连接（RFC 9293 第 3.6.1 节，RFC 6191），B 的应用没有在监听。${variant === 2 ? `${2 * msl} 秒后` : "几秒后"}，A 从同一端口以 ISN ${newIsn} 再次发起连接，它的 SYN 到达了 B。B 现在处于什么状态？`,
      ),
      input: stateInput(),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asState(key),
      keyText: L(`B is in ${key}.`, `B 处于 ${key} 状态。`),
      distractors,
      explanation: {
        text: [
          L(
            `The SYN's ${newIsn} is beyond RCV.NXT = ${rcvNxt}, so it cannot be an old duplicate: B reopens the connection, answers with a SYN,ACK whose ISN is larger than any number it used, and enters SYN-RECEIVED.`,
            `SYN 的序列号 ${newIsn} 大于 RCV.NXT = ${rcvNxt}，不可能是历史重复报文段：B 重新打开连接，用 ISN 大于其用过的任何序列号的 SYN,ACK 应答，并进入 SYN-RECEIVED。`,
          ),
          L(
            `The SYN's ${newIsn} is not beyond RCV.NXT = ${rcvNxt}: it could belong to the old connection, so B keeps TIME-WAIT and only acknowledges (RFC 9293 3.10.7.4); TIME-WAIT protects this socket pair.`,
            `SYN 的序列号 ${newIsn} 不大于 RCV.NXT = ${rcvNxt}：它可能属于旧连接，所以 B 保持 TIME-WAIT，只发送确认（RFC 9293 第 3.10.7.4 节）；TIME-WAIT 保护的正是这个套接字对。`,
          ),
          L(
            `2 MSL had passed, so TIME-WAIT was over and B had no connection left; with no listener, the SYN is answered with a RST (RFC 9293 3.10.7.1) and B stays CLOSED.`,
            `2MSL 已经过去，TIME-WAIT 已结束，B 上已没有连接；由于没有监听，SYN 得到 RST 应答（RFC 9293 第 3.10.7.1 节），B 仍处于 CLOSED。`,
          ),
        ][variant]!,
        rfc: variant === 2 ? "3.10.7.1" : "3.6.1",
        diagram: explanationDiagram(run, run.trace.steps.length - 1),
      },
    };
  },
};
