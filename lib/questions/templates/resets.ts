import { other, seqAdd, SEQ_SPACE, type DetailedRun, type Flag, type ScenarioInput, type Side, type TraceSegment } from "../../tcp";
import { RCV_WND } from "../../tcp/sim-state";
import { formatSegment } from "../../content/segment";
import { asFlags, asNumber, asState, flagsInput, flagsText, numberInput } from "../inputs";
import { numberDistractors, wrapMistake } from "../number-question";
import { pickBytes, pickClient, pickIsns, rotate } from "../params";
import type { Rng } from "../random";
import { segmentOf, sentDuring, stateAt } from "../run-read";
import { reachState, type Reachable } from "../setups";
import { explanationDiagram, stateQuestion } from "../state-question";
import { openConnection, Story } from "../story";
import type { Template } from "../template";
import { join, L } from "../text";
import { questionDiagram } from "../trace-view";
import type { Difficulty, Distractor, Localized } from "../types";

const CLOSED_PORT_RULE = L(
  "A segment that arrives where no connection exists (no socket listens, or the host lost the connection) is answered with a RST that its sender will accept; a RST itself is never answered.",
  "到达一个不存在连接之处（没有套接字在监听，或主机已丢失该连接）的报文段会得到一个发送方能够接受的 RST 应答；RST 本身从不被应答。",
);

/** `client` connects to `target`, whose host has no listener (never listened, or closed its listener at level 3). */
function synToClosedPort(rng: Rng, difficulty: Difficulty, isn: Record<Side, number>, client: Side) {
  const target = other(client);
  const story = new Story({ isn });
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

/** What reaches the host with no connection: a SYN, a segment of a connection it forgot in a crash, or a RST. */
type Arrival = "syn" | "data" | "rst";

/**
 * `client` and `target` are connected, then `target`'s host crashes and restarts (CLOSED, every TCB
 * lost). `client`, not knowing, sends data ("data") or aborts ("rst"); the segment reaches `target`.
 */
function segmentToForgottenConnection(rng: Rng, difficulty: Difficulty, arrival: "data" | "rst") {
  const client = pickClient(rng);
  const target = other(client);
  const story = new Story({ isn: pickIsns(rng, difficulty) });
  openConnection(story, client, target);
  story.step({ crash: target });
  const shown = story.stepCount;
  if (arrival === "data") story.send(client, pickBytes(rng, difficulty));
  else story.call("abort", client);
  const sent = story.inFlight({ from: client });
  story.deliver({ from: client });
  const arrives = story.stepCount - 1;
  // The RST that answers the data reaches the client, which learns that the connection is gone ("connection reset").
  if (story.hasInFlight({ from: target, flags: ["RST"] })) story.deliver({ from: target, flags: ["RST"] });
  const { scenario, run } = story.finish();
  return { client, target, scenario, run, segment: segmentOf(run, sent.id), reply: sentDuring(run, arrives).find((x) => x.from === target), shown, arrives };
}

const ARRIVAL_MISTAKES: Record<Arrival, Distractor[]> = {
  syn: [
    { response: asFlags([]), misconception: "closed-port-ignores-syn" },
    { response: asFlags(["SYN", "ACK"]), misconception: "closed-port-accepts" },
    { response: asFlags(["RST"]), misconception: "rst-to-syn-without-ack" },
  ],
  data: [
    { response: asFlags([]), misconception: "closed-port-ignores-segment" },
    { response: asFlags(["ACK"]), misconception: "crashed-host-remembers" },
    { response: asFlags(["RST", "ACK"]), misconception: "rst-to-ack-with-ack" },
  ],
  rst: [
    { response: asFlags(["RST"]), misconception: "rst-acknowledged" },
    { response: asFlags(["RST", "ACK"]), misconception: "rst-acknowledged" },
    { response: asFlags(["ACK"]), misconception: "crashed-host-remembers" },
  ],
};

export const resetClosedPort: Template = {
  id: "reset-closed-port",
  concept: "resets",
  kind: "flags",
  title: L("A segment where no connection exists", "到达不存在的连接的报文段"),
  build({ seed, rng, difficulty }) {
    // A SYN to a closed port, data for a connection the host forgot in a crash, or a RST: in turn.
    const arrival = rotate(seed, ["syn", "data", "rst"] as const);
    let situation: Localized;
    let arriving: TraceSegment;
    let c: { client: Side; target: Side; scenario: ScenarioInput; run: DetailedRun; reply: TraceSegment | undefined; arrives: number };
    let shown: number;
    if (arrival === "syn") {
      const client = pickClient(rng);
      const s = synToClosedPort(rng, difficulty, pickIsns(rng, difficulty), client);
      c = s;
      shown = s.synSent + 1;
      arriving = s.syn;
      situation = L(
        `${s.client} calls connect to a port on ${s.target}. ${s.situation.en} ${s.client}'s SYN (${formatSegment(s.syn)}) arrives at ${s.target}.`,
        `${s.client} 调用 connect 连接 ${s.target} 的某个端口。${s.situation.zh}${s.client} 的 SYN（${formatSegment(s.syn)}）到达 ${s.target}。`,
      );
    } else {
      const f = segmentToForgottenConnection(rng, difficulty, arrival);
      c = f;
      shown = f.shown;
      arriving = f.segment;
      situation = L(
        `${f.client} and ${f.target} have an established connection when ${f.target}'s host crashes and restarts. Not knowing it, ${f.client} ${arrival === "data" ? "sends data" : "aborts the connection"}: its segment ${formatSegment(f.segment)} arrives at ${f.target}.`,
        `${f.client} 与 ${f.target} 之间已建立连接，这时 ${f.target} 所在的主机崩溃并重启。${f.client} 并不知情，${arrival === "data" ? "继续发送数据" : "中止（ABORT）了连接"}：它的报文段 ${formatSegment(f.segment)} 到达 ${f.target}。`,
      );
    }
    const flags: Flag[] = c.reply?.flags ?? [];
    const answer: Localized = c.reply
      ? L(`${c.target} answers with ${flagsText(flags).en}.`, `${c.target} 以 ${flagsText(flags).zh} 应答。`)
      : L(`${c.target} sends nothing: a RST is never answered.`, `${c.target} 不发送任何报文段：RST 从不被应答。`);
    const outcome: Localized = c.reply
      ? L(
          `Here ${c.target} answered with segment ${c.reply.id}: ${formatSegment(c.reply)}.`,
          `本例中 ${c.target} 以报文段 ${c.reply.id} 应答：${formatSegment(c.reply)}。`,
        )
      : answer;
    const rule =
      arrival === "syn"
        ? L(
            "The SYN has no ACK bit, so the RST carries ACK and acknowledges the SYN: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> (the SYN counts 1).",
            "SYN 没有 ACK 位，所以 RST 要置 ACK 位并确认这个 SYN：<SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>（SYN 计为 1）。",
          )
        : arrival === "data"
          ? L(
              "The segment carries ACK, so the RST takes its sequence number from that ACK field and carries no ACK: <SEQ=SEG.ACK><CTL=RST>.",
              "该报文段带 ACK，所以 RST 以它的确认号作为自己的序列号，且不置 ACK 位：<SEQ=SEG.ACK><CTL=RST>。",
            )
          : L(
              "The arriving segment is itself a RST, and a RST is never answered: it is dropped.",
              "到达的报文段本身就是 RST，而 RST 从不被应答：它被直接丢弃。",
            );
    return {
      prompt: L(
        `${situation.en} Which control bits does ${c.target}'s answer carry? (Choose none if ${c.target} sends nothing.)`,
        `${situation.zh}${c.target} 的应答带有哪些控制位？（若 ${c.target} 不发送任何报文段，则一个都不选。）`,
      ),
      input: flagsInput(true),
      diagram: questionDiagram(c.scenario, shown),
      scenario: c.scenario,
      scenarioIsPublic: false,
      key: asFlags(flags),
      keyText: answer,
      distractors: ARRIVAL_MISTAKES[arrival],
      explanation: {
        text: join([CLOSED_PORT_RULE, rule, outcome]),
        rfc: "3.10.7.1",
        diagram: explanationDiagram(c.run, c.arrives, [arriving.id]),
      },
    };
  },
};

export const resetClosedPortAck: Template = {
  id: "reset-closed-port-ack",
  concept: "resets",
  kind: "number",
  title: L("The numbers of a RST to a SYN", "应答 SYN 的 RST 的确认号"),
  build({ seed, rng, difficulty }) {
    const client = pickClient(rng);
    const isn = pickIsns(rng, difficulty);
    // At level 3, one seed in three puts the client's ISN at 2^32 - 1: the RST's ack then wraps to 0.
    if (difficulty === 3 && seed % 3 === 0) isn[client] = SEQ_SPACE - 1;
    const c = synToClosedPort(rng, difficulty, isn, client);
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
      distractors: [
        ...numberDistractors([
          [c.syn.seq, "syn-takes-no-sequence-number"],
          [0, "ack-number-as-seq"],
        ]),
        ...wrapMistake(c.syn.seq, 1),
      ],
      explanation: {
        text: L(
          `${CLOSED_PORT_RULE.en} The SYN has no ACK bit, so the RST acknowledges it: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>. Here SEG.SEQ=${c.syn.seq} and the SYN counts 1, so ack=${reply.ack}${reply.ack < c.syn.seq ? " (modulo 2^32: the sum wraps around)" : ""} (and seq=${reply.seq}).`,
          `${CLOSED_PORT_RULE.zh}SYN 没有 ACK 位，所以 RST 要确认它：<SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>。本例中 SEG.SEQ=${c.syn.seq}，SYN 计为 1，所以 ack=${reply.ack}${reply.ack < c.syn.seq ? "（按 2^32 取模回绕）" : ""}，seq=${reply.seq}。`,
        ),
        rfc: "3.10.7.1",
        diagram: explanationDiagram(c.run, c.arrives),
      },
    };
  },
};

/** Per level, states where ABORT sends a RST alternate with states where it sends nothing, taken in turn by seed. */
const ABORT_STATES: Record<Difficulty, Reachable[]> = {
  1: ["ESTABLISHED", "LISTEN", "CLOSE-WAIT", "SYN-SENT"],
  2: ["ESTABLISHED", "LISTEN", "CLOSE-WAIT", "SYN-SENT", "FIN-WAIT-2", "TIME-WAIT", "SYN-RECEIVED", "LAST-ACK"],
  3: ["CLOSE-WAIT", "LAST-ACK", "FIN-WAIT-1", "TIME-WAIT", "SYN-RECEIVED", "SYN-SENT", "FIN-WAIT-2", "LISTEN"],
};

export const resetAbort: Template = {
  id: "reset-abort",
  concept: "resets",
  kind: "flags",
  title: L("What ABORT sends", "ABORT 发送什么"),
  build({ seed, rng, difficulty }) {
    const side: Side = rng.pick(["A", "B"]);
    const state = rotate(seed, ABORT_STATES[difficulty]);
    const story = new Story({ isn: pickIsns(rng, difficulty) });
    const at = reachState(story, side, state);
    const shown = story.stepCount;
    const abort = story.call("abort", side);
    // Only the RST that ABORT sent (if any) is delivered: segments already in flight stay there, so
    // the diagram shows no answer from a side that no longer has a connection.
    if (story.hasInFlight({ from: side, flags: ["RST"] })) story.deliver({ from: side, flags: ["RST"] });
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
    const after = stateAt(run, abort, side);
    const outcome: Localized = sent
      ? L(`Here ${side} sent ${formatSegment(sent)} and went to ${after}.`, `本例中 ${side} 发送了 ${formatSegment(sent)}，并进入 ${after}。`)
      : L(`Here ${side} sent nothing and went to ${after}.`, `本例中 ${side} 没有发送任何报文段，并进入 ${after}。`);
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
      keyText: sent
        ? L(`${side} sends ${flagsText(flags).en}.`, `${side} 发送 ${flagsText(flags).zh}。`)
        : L(`${side} sends nothing.`, `${side} 不发送任何报文段。`),
      distractors,
      explanation: {
        text: join([
          L(
            "ABORT (RFC 9293 section 3.10.5) drops the connection at once, without a FIN and without waiting for queued data. In SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2 and CLOSE-WAIT the peer is told with a RST <SEQ=SND.NXT><CTL=RST>; in the other states nothing is sent.",
            "中止（ABORT，RFC 9293 第 3.10.5 节）会立即释放连接，不发送 FIN，也不等待排队的数据。在 SYN-RECEIVED、ESTABLISHED、FIN-WAIT-1、FIN-WAIT-2 和 CLOSE-WAIT 状态下，会发送 RST <SEQ=SND.NXT><CTL=RST> 通知对方；在其他状态下不发送任何报文段。",
          ),
          outcome,
        ]),
        rfc: "3.10.5",
        diagram: explanationDiagram(run, abort),
      },
    };
  },
};

/** Per level, the states a RST may arrive in. */
const RST_STATES: Record<Difficulty, Reachable[]> = {
  1: ["ESTABLISHED", "FIN-WAIT-2", "CLOSE-WAIT"],
  2: ["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT"],
  3: ["SYN-RECEIVED", "LAST-ACK", "TIME-WAIT", "FIN-WAIT-2", "CLOSE-WAIT"],
};

/** Where the RST's sequence number falls (RFC 5961 section 3.2). */
type RstPlace = "exact" | "in-window" | "outside";

export const resetInState: Template = {
  id: "reset-in-state",
  concept: "resets",
  kind: "state",
  title: L("A RST arrives", "收到 RST"),
  build({ seed, rng, difficulty }) {
    const side: Side = rng.pick(["A", "B"]);
    const place = rotate(seed, ["exact", "in-window", "outside"] as const satisfies readonly RstPlace[]);
    const state = rotate(seed, RST_STATES[difficulty], 3);
    const story = new Story({ isn: pickIsns(rng, difficulty) });
    reachState(story, side, state);
    const rcvNxt = story.current.tcb[side].rcvNxt;
    const seq =
      place === "exact"
        ? rcvNxt
        : place === "in-window"
          ? seqAdd(rcvNxt, rng.int(1, RCV_WND - 1))
          : rng.chance(0.5)
            ? seqAdd(rcvNxt, RCV_WND + rng.int(0, 100_000))
            : seqAdd(rcvNxt, SEQ_SPACE - rng.int(1, 100_000));
    const injected = story.inject(side, ["RST"], seq);
    const shown = story.stepCount;
    story.step({ deliver: injected });
    const step = story.stepCount - 1;
    const { scenario, run } = story.finish();
    const key = stateAt(run, step, side);
    const reply = sentDuring(run, step).find((x) => x.from === side);
    const extra: Distractor[] =
      place === "exact"
        ? [
            { response: asState(state), misconception: "rst-ignored" },
            ...(key === "LISTEN" ? [{ response: asState("CLOSED"), misconception: "passive-rst-returns-to-listen" as const }] : []),
          ]
        : [
            {
              response: asState(state === "SYN-RECEIVED" ? "LISTEN" : "CLOSED"),
              misconception: place === "in-window" ? "rst-inexact-accepted" : "rst-out-of-window-accepted",
            },
          ];
    const where: Localized =
      place === "exact"
        ? L(`It is exactly RCV.NXT = ${rcvNxt}: the RST is acceptable.`, `它恰好等于 RCV.NXT = ${rcvNxt}：这个 RST 是可接受的。`)
        : place === "in-window"
          ? L(
              `It lies inside the window (RCV.NXT = ${rcvNxt}, RCV.WND = ${RCV_WND}) but is not RCV.NXT, so ${side} keeps its state and answers with a challenge ACK${reply ? ` (${formatSegment(reply)})` : ""}: if the RST was genuine, its sender will send it again at the number that ACK names.`,
              `它落在窗口内（RCV.NXT = ${rcvNxt}，RCV.WND = ${RCV_WND}），但不等于 RCV.NXT，所以 ${side} 保持原状态，并回复一个挑战 ACK${reply ? `（${formatSegment(reply)}）` : ""}：如果这个 RST 是真的，对方会按这个 ACK 给出的序列号重新发送 RST。`,
            )
          : L(
              `It lies outside the window (RCV.NXT = ${rcvNxt}, RCV.WND = ${RCV_WND}), so the RST is dropped without a reply and ${side} keeps its state.`,
              `它落在窗口之外（RCV.NXT = ${rcvNxt}，RCV.WND = ${RCV_WND}），所以这个 RST 被直接丢弃，不作应答，${side} 保持原状态。`,
            );
    return stateQuestion({
      run,
      scenario,
      step,
      side,
      prompt: L(
        `${side} is in ${state}; the next sequence number it expects is RCV.NXT = ${rcvNxt}, and its receive window is ${RCV_WND} bytes. A RST with seq=${seq} arrives at ${side}. What state is ${side} in right after this?`,
        `${side} 处于 ${state} 状态；它期望的下一个序列号为 RCV.NXT = ${rcvNxt}，接收窗口为 ${RCV_WND} 字节。一个 seq=${seq} 的 RST 到达 ${side}。紧接着 ${side} 处于什么状态？`,
      ),
      otherSideMistake: "other-side-state",
      extraDistractors: extra,
      lead: join([
        L(
          "RFC 5961 section 3.2 (adopted by RFC 9293 section 3.10.7.4) checks a RST's sequence number: exactly RCV.NXT resets the connection (the endpoint goes to CLOSED, or back to LISTEN from a passive SYN-RECEIVED); anywhere else in the receive window earns a challenge ACK and changes nothing; outside the window the RST is dropped. A RST is never answered with a RST.",
          "RFC 5961 第 3.2 节（RFC 9293 第 3.10.7.4 节采纳）检查 RST 的序列号：恰好等于 RCV.NXT 时复位连接（端点进入 CLOSED；被动打开、处于 SYN-RECEIVED 的连接回到 LISTEN）；落在接收窗口内的其他位置时，只换来一个挑战 ACK，状态不变；落在窗口之外时，RST 被丢弃。RST 从不以 RST 应答。",
        ),
        where,
      ]),
      rfc: "3.10.7.4",
      shownSteps: shown,
    });
  },
};
