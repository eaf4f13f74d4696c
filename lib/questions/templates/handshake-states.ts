import { other, TCP_STATES } from "../../tcp";
import { stepText } from "../describe";
import { asFlags, asOrder, flagsInput, flagsText, stateOrderInput } from "../inputs";
import { pickClient, pickIsns, rotate } from "../params";
import { segmentOf, statePath } from "../run-read";
import { explanationDiagram, stateQuestion } from "../state-question";
import { openConnection, Story } from "../story";
import type { Template } from "../template";
import { L, sideWithRole } from "../text";
import { questionDiagram } from "../trace-view";
import type { Distractor } from "../types";

const HANDSHAKE_RULE = L(
  "In the three-way handshake the client goes CLOSED → SYN-SENT → ESTABLISHED and the server LISTEN → SYN-RECEIVED → ESTABLISHED; an endpoint changes state only when it calls open or when a segment arrives.",
  "三次握手中，客户端依次经过 CLOSED → SYN-SENT → ESTABLISHED，服务器依次经过 LISTEN → SYN-RECEIVED → ESTABLISHED；端点只在调用打开或收到报文段时才改变状态。",
);

export const handshakeStateAfterStep: Template = {
  id: "handshake-state-after-step",
  concept: "handshake-states",
  kind: "state",
  title: L("State during the three-way handshake", "三次握手过程中的状态"),
  build({ seed, rng, difficulty }) {
    const client = pickClient(rng);
    const server = other(client);
    const story = new Story({ isn: pickIsns(rng, difficulty) });
    openConnection(story, client, server);
    const { scenario, run } = story.finish();
    // Steps 0..4: listen, connect, SYN arrives, SYN,ACK arrives, ACK arrives, taken in turn by seed.
    // At level 1 ask about the side that moves; above, about either side.
    const step = rotate(seed, [0, 1, 2, 3, 4]);
    const movers = [server, client, server, client, server] as const;
    const side = difficulty === 1 ? movers[step]! : rotate(seed, [client, server], 5);
    const event = stepText(run, scenario, step);
    return stateQuestion({
      run,
      scenario,
      step,
      side,
      // The prompt does not say that the server listens: that is what some seeds ask.
      prompt: L(
        `${sideWithRole(client, "client").en} opens a connection to ${sideWithRole(server, "server").en}. The step asked about: ${event.en}. What state is ${side} in right after this step?`,
        `${sideWithRole(client, "client").zh}向 ${sideWithRole(server, "server").zh}发起连接。所问的这一步：${event.zh}。这一步刚结束时，${side} 处于什么状态？`,
      ),
      otherSideMistake: "listen-vs-syn-sent",
      lead: HANDSHAKE_RULE,
    });
  },
};

export const handshakeStateOrder: Template = {
  id: "handshake-state-order",
  concept: "handshake-states",
  kind: "state-order",
  title: L("States of an endpoint during the handshake", "握手过程中端点经过的状态"),
  build({ seed, rng, difficulty }) {
    const client = pickClient(rng);
    const server = other(client);
    const story = new Story({ isn: pickIsns(rng, difficulty) });
    const open = openConnection(story, client, server);
    const { scenario, run } = story.finish();
    const role = rotate(seed, ["client", "server"] as const);
    const side = role === "client" ? client : server;
    const path = statePath(run, side);
    const otherPath = statePath(run, other(side));
    const distractors: Distractor[] = [{ response: asOrder(otherPath), misconception: "listen-vs-syn-sent" }];
    if (role === "server") distractors.push({ response: asOrder(path.filter((s) => s !== "SYN-RECEIVED")), misconception: "skipped-syn-received" });
    else {
      const at = path.indexOf("ESTABLISHED");
      distractors.push({ response: asOrder([...path.slice(0, at), "SYN-RECEIVED", ...path.slice(at)]), misconception: "client-syn-received" });
    }
    const pool = new Set([...path, ...otherPath, "FIN-WAIT-1" as const, ...(difficulty > 1 ? (["CLOSE-WAIT", "TIME-WAIT"] as const) : [])]);
    const options = rng.shuffle(TCP_STATES.filter((s) => pool.has(s)));
    return {
      prompt: L(
        `${sideWithRole(client, "client").en} connects to ${sideWithRole(server, "server").en}. Put in order the states ${side} passes through, from before its first call until the connection is established.`,
        `${sideWithRole(client, "client").zh}连接 ${sideWithRole(server, "server").zh}。请按顺序排列 ${side} 从第一次调用之前到连接建立为止所经过的状态。`,
      ),
      input: stateOrderInput(side, options),
      scenario,
      scenarioIsPublic: false,
      key: asOrder(path),
      keyText: L(`${side} passes through ${path.join(" → ")}.`, `${side} 依次经过 ${path.join(" → ")}。`),
      distractors,
      explanation: {
        text: L(
          `${HANDSHAKE_RULE.en} In this example ${side} went ${path.join(" → ")}, and ${other(side)} went ${otherPath.join(" → ")}.`,
          `${HANDSHAKE_RULE.zh}本例中 ${side} 依次经过 ${path.join(" → ")}，${other(side)} 依次经过 ${otherPath.join(" → ")}。`,
        ),
        rfc: "3.5",
        diagram: explanationDiagram(run, open.lastStep, [open.syn, open.synAck, open.ack]),
      },
    };
  },
};

export const handshakeSegmentFlags: Template = {
  id: "handshake-segment-flags",
  concept: "handshake-states",
  kind: "flags",
  title: L("Control bits of a handshake segment", "握手报文段的控制位"),
  build({ seed, rng, difficulty }) {
    const client = pickClient(rng);
    const server = other(client);
    const story = new Story({ isn: pickIsns(rng, difficulty) });
    const open = openConnection(story, client, server);
    const { scenario, run } = story.finish();
    const which = rotate(seed, [1, 2, 3] as const);
    const id = [open.syn, open.synAck, open.ack][which - 1]!;
    const segment = segmentOf(run, id);
    const syn = segmentOf(run, open.syn);
    const flags = segment.flags;
    // The mistakes: leaving out ACK, adding SYN where it is not, or swapping with the neighbouring segment.
    const distractors: Distractor[] = [
      // Only the SYN,ACK and the third segment come from a side that has received the peer's SYN.
      ...(which > 1 ? [{ response: asFlags(flags.filter((f) => f !== "ACK")), misconception: "reply-missing-ack" as const }] : []),
      { response: asFlags([...flags, "SYN"]), misconception: "syn-repeated" },
      ...(which === 1 ? [{ response: asFlags([...flags, "ACK"]), misconception: "first-syn-has-ack" as const }] : []),
      ...(which === 3 ? [{ response: asFlags(["SYN", "ACK"]), misconception: "syn-repeated" as const }] : []),
    ];
    const sendStep = run.trace.steps.find((s) => s.sent.includes(id))!.i;
    const ordinal = [L("first", "第一个"), L("second", "第二个"), L("third", "第三个")][which - 1]!;
    return {
      prompt: L(
        `${sideWithRole(client, "client").en} opens a connection to ${sideWithRole(server, "server").en} with the three-way handshake. Which control bits are set in the ${ordinal.en} segment (sent by ${segment.from})?`,
        `${sideWithRole(client, "client").zh}通过三次握手与 ${sideWithRole(server, "server").zh}建立连接。${ordinal.zh}报文段（由 ${segment.from} 发送）设置了哪些控制位？`,
      ),
      input: flagsInput(),
      // The diagram stops just before the asked segment is sent: drawing it would show its flags.
      diagram: questionDiagram(scenario, sendStep),
      scenario,
      scenarioIsPublic: false,
      key: asFlags(flags),
      keyText: L(`Segment ${id} carries ${flagsText(flags).en}.`, `报文段 ${id} 带有 ${flagsText(flags).zh}。`),
      distractors,
      explanation: {
        text: L(
          `The client's first segment carries only SYN (seq=${syn.seq}). The server's reply both synchronizes and acknowledges: SYN,ACK. The client's third segment only acknowledges (ACK): each side sends SYN once. Here segment ${id} carried ${flagsText(flags).en}.`,
          `客户端的第一个报文段只置 SYN 位（seq=${syn.seq}）。服务器的应答同时置 SYN 位和 ACK 位（SYN,ACK）。客户端的第三个报文段只做确认（ACK）：每一方只发送一次 SYN。本例中报文段 ${id} 带有 ${flagsText(flags).zh}。`,
        ),
        rfc: which === 1 ? "3.10.1" : which === 2 ? "3.10.7.2" : "3.10.7.3",
        diagram: explanationDiagram(run, sendStep, [id]),
      },
    };
  },
};
