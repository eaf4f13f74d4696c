import { other, toSeconds, type Side } from "../../tcp";
import { choices } from "../choice-question";
import { asNumber, numberInput } from "../inputs";
import { numberDistractors } from "../number-question";
import { pickClient, pickIsns, pickMsl, pickRto, rotate } from "../params";
import { firstStepIn, timerAfter, visited } from "../run-read";
import { closeIntro, closeSetup } from "../setups";
import { explanationDiagram } from "../state-question";
import { openConnection, runScenario, Story } from "../story";
import type { Template } from "../template";
import { join, L, secs, sideWithRole } from "../text";
import { questionDiagram } from "../trace-view";

export const TIME_WAIT_RULE = L(
  "The side that sends the last ACK (the one that closed first) stays in TIME-WAIT for 2 MSL: long enough for its ACK to be lost and the peer's retransmitted FIN to arrive and be acknowledged again, and for every old segment of this connection to die out before the same socket pair (both addresses and ports) may be used again.",
  "发送最后一个 ACK 的一方（先关闭的一方）要在 TIME-WAIT 状态停留 2MSL：这段时间足以让丢失 ACK 后对方重传的 FIN 到达并再次得到确认，也能让这个连接的所有旧报文段在网络中消失，之后同一个套接字对（四元组）才能再次使用。",
);

export const timeWaitWho: Template = {
  id: "time-wait-who",
  concept: "time-wait",
  kind: "choice",
  title: L("Who enters TIME-WAIT", "哪一方进入 TIME-WAIT"),
  build({ rng, difficulty }) {
    const simultaneous = difficulty === 3 && rng.chance(0.5);
    const client = pickClient(rng);
    const server = other(client);
    const first: Side = difficulty === 1 ? client : rng.pick([client, server]);
    const second = other(first);
    const msl = pickMsl(rng, difficulty);
    const story = new Story({ isn: pickIsns(rng, difficulty), msl });
    openConnection(story, client, server);
    const closeStep = story.stepCount;
    if (simultaneous) {
      story.call("close", first);
      story.call("close", second);
      story.deliver({ from: first, flags: ["FIN"] });
      story.deliver({ from: second, flags: ["FIN"] });
      story.step({ deliver: "all" });
    } else {
      story.call("close", first);
      story.step({ deliver: "all" });
      story.call("close", second);
      story.step({ deliver: "all" });
    }
    story.wait(2 * msl);
    const { scenario, run } = story.finish();
    const waits = { [first]: visited(run, first, "TIME-WAIT"), [second]: visited(run, second, "TIME-WAIT") } as Record<Side, boolean>;
    const option = (a: boolean, b: boolean, text: ReturnType<typeof L>) => ({
      text,
      correct: waits[first] === a && waits[second] === b,
      misconception:
        !a && !b ? ("time-wait-skipped" as const) : waits[first] && waits[second] ? ("simultaneous-as-normal" as const) : ("time-wait-wrong-side" as const),
    });
    const c = choices(rng, [
      option(true, false, L(`Only ${first}`, `只有 ${first}`)),
      option(false, true, L(`Only ${second}`, `只有 ${second}`)),
      option(true, true, L(`Both ${first} and ${second}`, `${first} 和 ${second} 都进入`)),
      option(false, false, L("Neither: both go straight to CLOSED", "都不进入：双方直接进入 CLOSED")),
    ]);
    const how = simultaneous
      ? L(`Both applications call close at the same moment, so the two FINs cross in the network.`, `双方的应用同时调用 close，两个 FIN 在网络中交错而过。`)
      : L(`${first} calls close first; ${second} closes after receiving the FIN.`, `${first} 先调用 close；${second} 收到 FIN 后也关闭。`);
    const waited = [first, second].filter((side) => waits[side]);
    const whoWaited =
      waited.length === 2
        ? L(`In this example both ${first} and ${second} passed through TIME-WAIT.`, `本例中 ${first} 和 ${second} 都经过了 TIME-WAIT。`)
        : waited.length === 1
          ? L(`In this example only ${waited[0]} passed through TIME-WAIT.`, `本例中只有 ${waited[0]} 经过了 TIME-WAIT。`)
          : L("In this example neither side passed through TIME-WAIT.", "本例中双方都没有经过 TIME-WAIT。");
    const simultaneousNote = simultaneous
      ? L(
          "In a simultaneous close both sides send a FIN before receiving one, so both pass through CLOSING and then TIME-WAIT.",
          "同时关闭时双方都在收到 FIN 之前发出了 FIN，所以双方都先经过 CLOSING，再进入 TIME-WAIT。",
        )
      : null;
    return {
      prompt: L(
        `${sideWithRole(client, "client").en} and ${sideWithRole(server, "server").en} have an established connection. ${how.en} Which side passes through TIME-WAIT?`,
        `${sideWithRole(client, "client").zh}与 ${sideWithRole(server, "server").zh}之间已建立连接。${how.zh}哪一方会经过 TIME-WAIT 状态？`,
      ),
      ...c,
      diagram: questionDiagram(scenario, closeStep),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: join([TIME_WAIT_RULE, ...(simultaneousNote ? [simultaneousNote] : []), whoWaited]),
        rfc: "3.6",
        diagram: explanationDiagram(run, firstStepIn(run, waits[first] ? first : second, "TIME-WAIT")),
      },
    };
  },
};

export const timeWaitDuration: Template = {
  id: "time-wait-duration",
  concept: "time-wait",
  kind: "number",
  title: L("How long TIME-WAIT lasts", "TIME-WAIT 持续多久"),
  build({ rng, difficulty }) {
    const s = closeSetup(rng, difficulty);
    s.story.wait(2 * s.msl);
    const { scenario, run } = s.story.finish();
    const entered = s.close.steps.fin2Arrives;
    const timer = timerAfter(run, entered, s.first, "time-wait")!;
    const key = toSeconds(timer.dueUs - run.states[entered + 1]!.nowUs);
    return {
      prompt: L(
        `${closeIntro(s).en} The maximum segment lifetime (MSL) is ${s.msl} seconds. For how many seconds does the side that enters TIME-WAIT stay there (if no segment arrives)?`,
        `${closeIntro(s).zh}最长报文段寿命（MSL）为 ${s.msl} 秒。进入 TIME-WAIT 的一方要在该状态停留多少秒（期间没有报文段到达）？`,
      ),
      input: numberInput("seconds", L("seconds in TIME-WAIT", "在 TIME-WAIT 停留的秒数")),
      diagram: questionDiagram(scenario, s.close.steps.ack2Arrives + 1),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${secs(key)} seconds (2 × MSL)`, `${secs(key)} 秒（2 × MSL）`),
      distractors: numberDistractors([
        [s.msl, "time-wait-one-msl"],
        [0, "time-wait-skipped"],
      ]),
      explanation: {
        text: L(
          `${TIME_WAIT_RULE.en} With MSL = ${s.msl} s, ${s.first} waits 2 × ${s.msl} = ${secs(key)} s after acknowledging ${s.second}'s FIN.`,
          `${TIME_WAIT_RULE.zh}MSL = ${s.msl} 秒时，${s.first} 确认 ${s.second} 的 FIN 后要等待 2 × ${s.msl} = ${secs(key)} 秒。`,
        ),
        rfc: "3.10.7.4",
        diagram: explanationDiagram(run, entered),
      },
    };
  },
};

export const timeWaitLastAckLost: Template = {
  id: "time-wait-last-ack-lost",
  concept: "time-wait",
  kind: "number",
  title: L("When the last ACK is lost", "最后一个 ACK 丢失时"),
  build({ rng, difficulty }) {
    const client = pickClient(rng);
    const server = other(client);
    const first: Side = difficulty === 1 ? client : rng.pick([client, server]);
    const second = other(first);
    const msl = pickMsl(rng, difficulty);
    const rto = pickRto(rng, difficulty);
    const story = new Story({ isn: pickIsns(rng, difficulty), msl, rto });
    openConnection(story, client, server);
    story.call("close", first);
    story.deliver({ from: first, flags: ["FIN"] });
    story.deliver({ from: second, exactly: ["ACK"] });
    story.call("close", second);
    story.deliver({ from: second, flags: ["FIN"] });
    const entered = story.stepCount - 1;
    story.drop({ from: first, exactly: ["ACK"] });
    story.wait(rto);
    story.deliver({ from: second, flags: ["FIN"] });
    const reAcked = story.stepCount - 1;
    story.deliver({ from: first, exactly: ["ACK"] });
    story.wait(2 * msl);
    const { scenario, run } = story.finish();
    const enteredAt = run.states[entered + 1]!.nowUs;
    const timer = timerAfter(run, reAcked, first, "time-wait")!;
    const key = toSeconds(timer.dueUs - enteredAt);
    const firstTimer = timerAfter(run, entered, first, "time-wait")!;
    const notRestarted = toSeconds(firstTimer.dueUs - enteredAt);
    return {
      prompt: L(
        `${sideWithRole(client, "client").en} and ${sideWithRole(server, "server").en} close their connection; ${first} closes first. MSL is ${msl} s and ${second}'s retransmission timeout is ${rto} s. ${first}'s last ACK is lost, so ${second} retransmits its FIN when the timer expires, and this time ${first}'s ACK arrives. How many seconds after ${first} first entered TIME-WAIT does it reach CLOSED?`,
        `${sideWithRole(client, "client").zh}与 ${sideWithRole(server, "server").zh}关闭连接，${first} 先关闭。MSL 为 ${msl} 秒，${second} 的重传超时时间为 ${rto} 秒。${first} 发出的最后一个 ACK 丢失了，于是 ${second} 在超时后重传 FIN，这一次 ${first} 的 ACK 顺利到达。从 ${first} 第一次进入 TIME-WAIT 算起，经过多少秒它才进入 CLOSED？`,
      ),
      input: numberInput("seconds", L("seconds until CLOSED", "到 CLOSED 的秒数")),
      diagram: questionDiagram(scenario, entered + 2),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${secs(key)} seconds`, `${secs(key)} 秒`),
      distractors: numberDistractors([
        [notRestarted, "time-wait-not-restarted"],
        [rto + notRestarted / 2, "time-wait-one-msl"],
        [0, "time-wait-skipped"],
      ]),
      explanation: {
        text: L(
          `${TIME_WAIT_RULE.en} The retransmitted FIN arrives ${rto} s after ${first} entered TIME-WAIT; ${first} acknowledges it again and restarts its 2 MSL timer (${secs(notRestarted)} s), so it closes ${rto} + ${secs(notRestarted)} = ${secs(key)} s after first entering TIME-WAIT.`,
          `${TIME_WAIT_RULE.zh}重传的 FIN 在 ${first} 进入 TIME-WAIT 后 ${rto} 秒到达；${first} 再次确认它并重新启动 2MSL 计时器（${secs(notRestarted)} 秒），因此它在第一次进入 TIME-WAIT 后 ${rto} + ${secs(notRestarted)} = ${secs(key)} 秒关闭。`,
        ),
        rfc: "3.10.7.4",
        diagram: explanationDiagram(run, reAcked),
      },
    };
  },
};

export const timeWaitReconnect: Template = {
  id: "time-wait-reconnect",
  concept: "time-wait",
  kind: "choice",
  title: L("Reusing the socket pair after a close", "关闭后能否立即重用同一个套接字对"),
  build({ seed, rng, difficulty }) {
    const s = closeSetup(rng, difficulty);
    // Within 2 MSL (half the seeds) or after it, in turn.
    const factor = rotate(seed, [0.5, 2.5, 1.5, 3]);
    const later = factor * s.msl;
    s.story.wait(later);
    const { scenario, run } = s.story.finish();
    // Ask the engine what a new connect on the same socket pair does now.
    const probe = runScenario({ ...scenario, steps: [...scenario.steps, { call: "connect", on: s.first }] });
    const refused = probe.trace.steps[probe.trace.steps.length - 1]!.error !== null;
    const c = choices(rng, [
      {
        text: L(
          `It is refused ("connection already exists"): ${s.first} is still in TIME-WAIT`,
          `被拒绝（连接已存在，connection already exists）：${s.first} 仍处于 TIME-WAIT 状态`,
        ),
        correct: refused,
        misconception: "time-wait-forever",
      },
      {
        text: L("A new SYN goes out: the old connection is gone", "发出新的 SYN：旧连接已经不存在"),
        correct: !refused,
        misconception: later < s.msl ? "time-wait-skipped" : "time-wait-one-msl",
      },
      {
        text: L(
          `A new SYN goes out: TIME-WAIT lasts 1 MSL (${s.msl} s), and that much time has passed`,
          `发出新的 SYN：TIME-WAIT 只持续 1 个 MSL（${s.msl} 秒），这段时间已经过去`,
        ),
        // True only if the engine let the connect through while less than 2 MSL had passed.
        correct: !refused && later >= s.msl && later < 2 * s.msl,
        misconception: "time-wait-one-msl",
      },
      {
        text: L(
          `It is refused: the socket pair stays blocked until ${s.first}'s application releases it`,
          `被拒绝：在 ${s.first} 的应用释放之前，这个套接字对一直被占用`,
        ),
        // True only if the engine still refused after 2 MSL.
        correct: refused && later >= 2 * s.msl,
        misconception: "time-wait-forever",
      },
    ]);
    const state = run.trace.steps[run.trace.steps.length - 1]!.states[s.first];
    const when = refused
      ? L(
          `Only ${secs(later)} s have passed, less than 2 MSL (${2 * s.msl} s), so ${s.first} is still in ${state} and the new connect is refused.`,
          `此时才过了 ${secs(later)} 秒，2MSL（${2 * s.msl} 秒）尚未结束，${s.first} 仍处于 ${state} 状态，所以新的 connect 被拒绝。`,
        )
      : L(
          `${secs(later)} s have passed, more than 2 MSL (${2 * s.msl} s): ${s.first} is ${state}, and the new connect sends a SYN.`,
          `此时已过了 ${secs(later)} 秒，超过 2MSL（${2 * s.msl} 秒）：${s.first} 处于 ${state} 状态，新的 connect 会发出 SYN。`,
        );
    return {
      prompt: L(
        `${closeIntro(s).en} The close completes normally; MSL is ${s.msl} s. ${secs(later)} seconds after ${s.first} sent the last ACK, its application calls connect again on the same socket pair (the same two addresses and ports). What happens?`,
        `${closeIntro(s).zh}连接正常关闭，MSL 为 ${s.msl} 秒。${s.first} 发出最后一个 ACK 之后 ${secs(later)} 秒，它的应用在同一个套接字对（相同的两个地址和端口）上再次调用 connect。会发生什么？`,
      ),
      ...c,
      diagram: questionDiagram(scenario, s.close.steps.ack2Arrives + 1),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: join([
          TIME_WAIT_RULE,
          when,
          L(
            "This simulator, like most stacks, refuses a local connect on the pair during TIME-WAIT. RFC 9293 section 3.6.1 (MAY-2) lets a host accept a new SYN that arrives from the peer in TIME-WAIT, under conditions on its sequence number or timestamps.",
            "本模拟器与大多数协议栈一样，在 TIME-WAIT 期间拒绝本端在这个套接字对上发起的 connect。RFC 9293 第 3.6.1 节（MAY-2）允许主机在 TIME-WAIT 状态接受对方发来的新 SYN，但要满足对序列号或时间戳的条件。",
          ),
        ]),
        rfc: "3.6.1",
        diagram: explanationDiagram(run, run.trace.steps.length - 1),
      },
    };
  },
};
