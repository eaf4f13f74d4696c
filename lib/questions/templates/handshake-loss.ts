import { asNumber, asState, numberInput, stateInput } from "../inputs";
import { numberDistractors } from "../number-question";
import { pickBytes, pickIsns } from "../params";
import { explanationDiagram } from "../state-question";
import type { Template } from "../template";
import { L, secs } from "../text";
import { questionDiagram } from "../trace-view";
import type { Distractor } from "../types";
import { topicStory, variantOf, waitForTimer } from "./topic-kit";

/** Losses in the handshake beyond the first SYN: the SYN,ACK, the third ACK, and giving up. */

const HANDSHAKE_RETX_RULE = L(
  "Both SYNs occupy a sequence number, so each side retransmits its own: the client its SYN, the server its SYN,ACK, each on its own timer with exponential backoff. A server in SYN-RECEIVED that receives the client's SYN again finds it outside its window and answers with a bare ACK (RFC 9293 3.10.7.4); only its own timer resends the SYN,ACK.",
  "两个 SYN 都占用一个序列号，所以双方各自重传自己的：客户端重传 SYN，服务器重传 SYN,ACK，各用自己的计时器并指数退避。处于 SYN-RECEIVED 的服务器再次收到客户端的 SYN 时，发现它在窗口之外，只用纯 ACK 应答（RFC 9293 第 3.10.7.4 节）；只有服务器自己的计时器到期才会重传 SYN,ACK。",
);

export const synAckLostTime: Template = {
  id: "synack-lost-time",
  concept: "handshake-loss",
  kind: "number",
  title: L("A lost SYN,ACK", "SYN,ACK 丢失"),
  build({ rng, difficulty, seed }) {
    const rtoB = [2, 3, 4, 6][variantOf(seed, 4)]!;
    const rtoA = difficulty === 1 ? 1 : rng.pick([0.5, 1, 1.5].filter((r) => r < rtoB));
    const story = topicStory({ isn: pickIsns(rng, difficulty), rto: { A: rtoA, B: rtoB } });
    story.call("listen", "B");
    story.call("connect", "A");
    story.deliver({ from: "A", flags: ["SYN"] });
    story.drop({ from: "B", flags: ["SYN", "ACK"] });
    const shown = story.stepCount;
    while (story.current.tcb.A.state !== "ESTABLISHED") {
      const next = [...story.current.timers].sort((a, b) => a.dueUs - b.dueUs)[0]!;
      waitForTimer(story, next.side, next.kind);
      story.step({ deliver: "all" });
    }
    const { scenario, run } = story.finish();
    const establishedStep = run.trace.steps.find((s) => s.states.A === "ESTABLISHED")!.i;
    const key = run.trace.steps[establishedStep]!.t;
    return {
      prompt: L(
        `A connects to B, which is listening. A's retransmission timeout is ${rtoA} s, B's is ${rtoB} s. A's SYN arrives at t = 0, but B's SYN,ACK is lost; from then on every segment arrives at once. At what time t (in seconds) does A reach ESTABLISHED?`,
        `A 连接正在监听的 B。A 的重传超时时间为 ${rtoA} 秒，B 的为 ${rtoB} 秒。A 的 SYN 在 t = 0 时到达，但 B 的 SYN,ACK 丢失了；此后每个报文段都立即到达。A 在什么时刻 t（秒）进入 ESTABLISHED？`,
      ),
      input: numberInput("seconds", L("t in seconds", "时刻 t（秒）")),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`t = ${secs(key)} s`, `t = ${secs(key)} 秒`),
      distractors: numberDistractors([[rtoA, "duplicate-syn-gets-synack"]]),
      explanation: {
        text: L(
          `${HANDSHAKE_RETX_RULE.en} Here A's SYN goes again at t = ${rtoA} and B answers it with an ACK, which A in SYN-SENT ignores; B's timer expires at t = ${rtoB}, its SYN,ACK arrives, and A enters ESTABLISHED at t = ${secs(key)}.`,
          `${HANDSHAKE_RETX_RULE.zh}本例中 A 在 t = ${rtoA} 时重传 SYN，B 用 ACK 应答，处于 SYN-SENT 的 A 忽略该 ACK；B 的计时器在 t = ${rtoB} 时到期，重传的 SYN,ACK 到达后，A 在 t = ${secs(key)} 时进入 ESTABLISHED。`,
        ),
        rfc: "3.10.7.3",
        diagram: explanationDiagram(run, establishedStep),
      },
    };
  },
};

export const thirdAckLostState: Template = {
  id: "third-ack-lost-state",
  concept: "handshake-loss",
  kind: "state",
  title: L("The third ACK is lost", "第三个 ACK 丢失"),
  build({ rng, difficulty, seed }) {
    const variant = variantOf(seed, 3); // 0: data completes it, 1: B still waits, 2: B gives up
    const rto = difficulty === 1 ? 1 : rng.pick([1, 2, 3]);
    const maxRetries = variant === 2 ? rng.int(1, 2) : 5;
    const story = topicStory({ isn: pickIsns(rng, difficulty), rto, maxRetries });
    story.call("listen", "B");
    story.call("connect", "A");
    story.deliver({ from: "A", flags: ["SYN"] });
    story.deliver({ from: "B", flags: ["SYN", "ACK"] });
    story.drop({ from: "A", exactly: ["ACK"] });
    const shown = story.stepCount;
    let event: { en: string; zh: string };
    const bytes = pickBytes(rng, difficulty);
    if (variant === 0) {
      story.send("A", bytes);
      story.deliver({ from: "A" });
      event = L(`Then A sends ${bytes} bytes of data, which arrive.`, `随后 A 发送 ${bytes} 字节数据，数据到达了 B。`);
    } else if (variant === 1) {
      const wait = rto * rng.pick([0.25, 0.5, 0.75]);
      story.wait(wait);
      event = L(`Then ${secs(wait)} s pass with nothing sent.`, `随后 ${secs(wait)} 秒内没有发送任何报文段。`);
    } else {
      for (let k = 0; k <= maxRetries; k++) {
        waitForTimer(story, "B", "retransmission");
        if (story.hasInFlight({ from: "B" })) {
          story.deliver({ from: "B", flags: ["SYN", "ACK"] });
          story.drop({ from: "A", exactly: ["ACK"] });
        }
      }
      event = L(
        `B may retransmit its SYN,ACK at most ${maxRetries} times; every ACK A sends in answer is lost too, until B gives up.`,
        `B 最多重传 ${maxRetries} 次 SYN,ACK；A 每次应答的 ACK 也都丢失了，直到 B 放弃。`,
      );
    }
    const { scenario, run } = story.finish();
    const asked = run.trace.steps.length - 1;
    const key = run.trace.steps[asked]!.states.B;
    const distractors: Distractor[] =
      variant === 0
        ? [{ response: asState("SYN-RECEIVED"), misconception: "only-pure-ack-completes" }]
        : variant === 1
          ? [{ response: asState("ESTABLISHED"), misconception: "other-side-state", about: { side: "B", step: asked } }]
          : [
              { response: asState("CLOSED"), misconception: "passive-timeout-closed" },
              { response: asState("SYN-RECEIVED"), misconception: "synack-not-retransmitted" },
            ];
    const why = [
      L(
        "Any segment whose ACK acknowledges the SYN,ACK completes the handshake (RFC 9293 3.10.7.4, fifth): the data segment carries ACK, so B enters ESTABLISHED and takes the data.",
        "任何确认了 SYN,ACK 的报文段都能完成握手（RFC 9293 第 3.10.7.4 节第五步）：数据报文段带有 ACK，所以 B 进入 ESTABLISHED 并接收数据。",
      ),
      L(
        `A entered ESTABLISHED when the SYN,ACK arrived, but B waits in SYN-RECEIVED for an acknowledgment of its SYN,ACK; its retransmission timer (${rto} s) has not expired yet.`,
        `A 收到 SYN,ACK 时就进入了 ESTABLISHED，但 B 仍在 SYN-RECEIVED 状态等待对其 SYN,ACK 的确认；它的重传计时器（${rto} 秒）尚未到期。`,
      ),
      L(
        `B retransmits its SYN,ACK with backoff; after ${maxRetries} retransmissions and one more timeout it gives up, and a passive open returns to LISTEN (RFC 9293 3.10.8), while A still believes it is ESTABLISHED (a half-open connection).`,
        `B 以指数退避重传 SYN,ACK；重传 ${maxRetries} 次并再经过一次超时后，它放弃了，被动打开的连接回到 LISTEN（RFC 9293 第 3.10.8 节），而 A 仍以为自己处于 ESTABLISHED（形成半开连接）。`,
      ),
    ][variant]!;
    return {
      prompt: L(
        `A connects to B, which is listening. The SYN and the SYN,ACK arrive, but A's ACK, the third segment, is lost. ${event.en} What state is B in now?`,
        `A 连接正在监听的 B。SYN 和 SYN,ACK 都到达了，但 A 的 ACK（第三个报文段）丢失了。${event.zh}B 现在处于什么状态？`,
      ),
      input: stateInput(),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asState(key),
      keyText: L(`B is in ${key}.`, `B 处于 ${key} 状态。`),
      distractors,
      explanation: { text: why, rfc: variant === 2 ? "3.10.8" : "3.10.7.4", diagram: explanationDiagram(run, asked) },
    };
  },
};

export const connectGiveUpTime: Template = {
  id: "connect-give-up-time",
  concept: "handshake-loss",
  kind: "number",
  title: L("When connect gives up", "connect 何时放弃"),
  build({ rng, difficulty }) {
    const rto = difficulty === 1 ? 1 : rng.pick([0.5, 1, 2, 3]);
    const maxRetries = difficulty === 1 ? rng.int(2, 4) : rng.int(2, 6);
    const story = topicStory({ isn: pickIsns(rng, difficulty), rto, maxRetries, filtered: ["B"] });
    story.call("connect", "A");
    for (let k = 0; k <= maxRetries; k++) {
      story.step({ deliver: "all" });
      waitForTimer(story, "A", "retransmission");
    }
    const { scenario, run } = story.finish();
    const giveUp = run.trace.steps.findIndex((s) => s.states.A === "CLOSED" && s.i > 0);
    const key = run.trace.steps[giveUp]!.t;
    const lastSend = rto * (2 ** maxRetries - 1);
    return {
      prompt: L(
        `A connects to B, but a firewall silently discards every segment to B. A's initial retransmission timeout is ${rto} s, doubled on each retry, and A retransmits its SYN at most ${maxRetries} times. How many seconds after the first SYN does connect fail with "connection timed out"?`,
        `A 连接 B，但防火墙静默丢弃所有发往 B 的报文段。A 的初始重传超时时间为 ${rto} 秒，每次重试后加倍，A 最多重传 SYN ${maxRetries} 次。第一次发送 SYN 之后多少秒，connect 以“连接超时”失败？`,
      ),
      input: numberInput("seconds", L("seconds after the first SYN", "距第一次发送 SYN 的秒数")),
      diagram: questionDiagram(scenario, 1),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${secs(key)} seconds`, `${secs(key)} 秒`),
      distractors: numberDistractors([
        [lastSend, "give-up-at-last-send"],
        [rto * (maxRetries + 1), "no-backoff"],
        [rto * 2 ** maxRetries, "backoff-not-summed"],
      ]),
      explanation: {
        text: L(
          `The SYN goes at t = 0 and is retransmitted after ${rto}, ${2 * rto}, ${4 * rto}... seconds; the ${maxRetries}th retransmission leaves at t = ${secs(lastSend)}, and A then waits one more doubled timeout, ${secs(rto * 2 ** maxRetries)} s, before giving up: ${rto} x (2^${maxRetries + 1} - 1) = ${secs(key)} s.`,
          `SYN 在 t = 0 时发出，之后分别隔 ${rto}、${2 * rto}、${4 * rto}……秒重传；第 ${maxRetries} 次重传在 t = ${secs(lastSend)} 时发出，然后 A 还要再等待一个加倍后的超时时间（${secs(rto * 2 ** maxRetries)} 秒）才放弃：${rto} x (2^${maxRetries + 1} - 1) = ${secs(key)} 秒。`,
        ),
        rfc: "3.10.8",
        diagram: explanationDiagram(run, giveUp),
      },
    };
  },
};
