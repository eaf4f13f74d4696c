import { other, seqAdd, SEQ_SPACE, type Side } from "../../tcp";
import { choices } from "../choice-question";
import { pickBytes, pickIsn } from "../params";
import { segmentOf, sentDuring, stateAt, stepSending } from "../run-read";
import { closeIntro, closeSetup } from "../setups";
import { explanationDiagram } from "../state-question";
import { Story } from "../story";
import type { Template } from "../template";
import { L } from "../text";
import { questionDiagram } from "../trace-view";

export const whyOldDuplicateSyn: Template = {
  id: "why-old-duplicate-syn",
  concept: "why-three-four",
  kind: "choice",
  title: L("Why the handshake needs a third segment", "为什么握手需要第三个报文段"),
  build({ seed, rng, difficulty }) {
    const client: Side = rng.pick(["A", "B"]);
    const server = other(client);
    const x = pickIsn(rng, difficulty);
    // The old SYN's number is far from the current ISN, as a segment from an earlier incarnation would be.
    const old = (x + SEQ_SPACE - rng.int(1000, 90_000)) % SEQ_SPACE;
    const story = new Story({ isn: { [client]: x, [server]: pickIsn(rng, difficulty) } as Record<Side, number> });
    // RFC 9293 Figure 8, line by line: the old SYN arrives first (3), B answers it (4), A's RST
    // reaches B before A's own SYN does (5), then the delayed SYN opens the connection (6-8).
    story.call("listen", server);
    story.call("connect", client);
    const oldSyn = story.inject(server, ["SYN"], old);
    story.step({ deliver: oldSyn });
    const shown = story.stepCount;
    const synAckId = story.inFlight({ from: server, flags: ["SYN", "ACK"] }).id;
    story.step({ deliver: synAckId });
    const atClient = story.stepCount - 1;
    const rstId = story.hasInFlight({ from: client, exactly: ["RST"] }) ? story.deliver({ from: client, exactly: ["RST"] }) : undefined;
    const rstArrives = story.stepCount - 1;
    const realSyn = story.deliver({ from: client, exactly: ["SYN"] });
    story.deliver({ from: server, flags: ["SYN", "ACK"] });
    story.deliver({ from: client, exactly: ["ACK"] });
    const { scenario, run } = story.finish();
    const end = run.trace.steps.length - 1;
    const synAck = segmentOf(run, synAckId);
    const reply = sentDuring(run, atClient)[0];
    const serverAfterReply = rstId !== undefined ? stateAt(run, rstArrives, server) : stateAt(run, atClient, server);
    const opened = stateAt(run, end, client) === "ESTABLISHED" && stateAt(run, end, server) === "ESTABLISHED";
    const answeredOldSyn = run.trace.steps.some((s) => s.received.includes(oldSyn) && s.sent.length > 0);
    const c = choices(
      rng,
      [
        {
          text: L(
            `${client} answers with a RST${reply ? ` (seq=${reply.seq})` : ""}, so ${server} goes back to LISTEN; ${client}'s own SYN can then open the connection`,
            `${client} 回复 RST${reply ? `（seq=${reply.seq}）` : ""}，于是 ${server} 回到 LISTEN；随后 ${client} 自己的 SYN 仍能建立连接`,
          ),
          correct: !!reply?.flags.includes("RST") && serverAfterReply === "LISTEN" && opened,
        },
        {
          text: L(`${client} answers with an ACK, so both sides are ESTABLISHED`, `${client} 回复 ACK，于是双方都进入 ESTABLISHED`),
          correct: !!reply && reply.flags.length === 1 && reply.flags[0] === "ACK" && stateAt(run, atClient, client) === "ESTABLISHED",
          misconception: "two-way-handshake-enough",
        },
        {
          text: L(`Nothing: ${server} has already dropped the old SYN as a duplicate`, `什么也不会发生：${server} 早已把旧 SYN 当作重复报文丢弃`),
          correct: !answeredOldSyn,
          misconception: "receiver-recognizes-old-syn",
        },
      ],
      seed,
    );
    return {
      prompt: L(
        `${server} is listening and ${client} connects with ISN ${x}. Before ${client}'s SYN arrives, an old duplicate SYN from an earlier connection (seq=${old}) reaches ${server}, which answers with a SYN,ACK acknowledging ${seqAdd(old, 1)}. What happens when that SYN,ACK reaches ${client}?`,
        `${server} 正在监听，${client} 以初始序列号 ${x} 发起连接。在 ${client} 的 SYN 到达之前，一个来自早先连接的历史重复 SYN（seq=${old}）先到达 ${server}，${server} 回复确认号为 ${seqAdd(old, 1)} 的 SYN,ACK。这个 SYN,ACK 到达 ${client} 时会发生什么？`,
      ),
      ...c,
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: L(
          `Only the initiator knows which ISN it used, so only it can tell a current SYN from an old duplicate. The third segment lets it say so: here ${client}, in SYN-SENT, received a SYN,ACK acknowledging ${synAck.ack} instead of ${seqAdd(x, 1)}, an unacceptable ACK, and sent <SEQ=SEG.ACK><CTL=RST>${rstId !== undefined ? ` (segment ${rstId})` : ""}. That RST reached ${server} in SYN-RECEIVED and sent it back to LISTEN. Then ${client}'s own SYN (segment ${realSyn}) arrived, and the handshake completed: both sides ${opened ? "are" : "are not"} ESTABLISHED. With a two-way handshake ${server} would already have counted the old SYN as a connection (RFC 9293 Figure 8).`,
          `只有发起方知道自己用了哪个初始序列号，因此只有它能分辨当前的 SYN 和历史重复的 SYN。第三个报文段让它有机会表态：本例中处于 SYN-SENT 的 ${client} 收到的 SYN,ACK 确认号是 ${synAck.ack} 而不是 ${seqAdd(x, 1)}，这是不可接受的确认，于是回复 <SEQ=SEG.ACK><CTL=RST>${rstId !== undefined ? `（报文段 ${rstId}）` : ""}。这个 RST 到达处于 SYN-RECEIVED 的 ${server}，使它回到 LISTEN。随后 ${client} 自己的 SYN（报文段 ${realSyn}）到达，三次握手完成：双方${opened ? "都" : "并未都"}进入 ESTABLISHED。如果只有两次握手，${server} 早已把旧 SYN 当成一个连接（RFC 9293 图 8）。`,
        ),
        rfc: "3.5",
        diagram: explanationDiagram(run, atClient, [oldSyn, synAckId, ...(rstId !== undefined ? [rstId] : []), realSyn]),
      },
    };
  },
};

export const whyFourToClose: Template = {
  id: "why-four-to-close",
  concept: "why-three-four",
  kind: "choice",
  title: L("Why closing takes four segments", "为什么挥手需要四次"),
  build({ seed, rng, difficulty }) {
    const bytes = pickBytes(rng, difficulty);
    const s = closeSetup(rng, difficulty, { halfCloseBytes: bytes });
    const { scenario, run } = s.story.finish();
    const ack1 = segmentOf(run, s.close.ack1);
    const fin2 = segmentOf(run, s.close.fin2);
    const between = run.trace.segments.filter((seg) => seg.id > ack1.id && seg.id < fin2.id && seg.from === s.second && seg.len > 0);
    const gap = run.trace.steps[stepSending(run, fin2.id)]!.t - run.trace.steps[stepSending(run, ack1.id)]!.t;
    const msl = s.msl;
    const sentAfter = between.reduce((n, seg) => n + seg.len, 0);
    const c = choices(
      rng,
      [
        {
          text: L(
            `${s.second}'s application had not closed yet: it still had ${sentAfter} bytes to send, and a FIN means "no more data"`,
            `${s.second} 的应用当时还没有关闭：它还有 ${sentAfter} 字节数据要发送，而 FIN 表示“不再有数据”`,
          ),
          correct: between.length > 0,
        },
        {
          text: L("A segment may never carry FIN and ACK together", "一个报文段永远不能同时置 FIN 位和 ACK 位"),
          correct: !run.trace.segments.some((seg) => seg.flags.includes("FIN") && seg.flags.includes("ACK")),
          misconception: "fin-cannot-carry-ack",
        },
        {
          text: L(`${s.second} must first wait 2 MSL (${2 * msl} s) after the FIN`, `${s.second} 收到 FIN 后必须先等待 2MSL（${2 * msl} 秒）`),
          correct: gap >= 2 * msl,
          misconception: "time-wait-wrong-side",
        },
        {
          text: L(`No reason: it could have merged them, as a SYN,ACK does`, `没有理由：它本可以像 SYN,ACK 那样合并`),
          // True only in a run where the ACK of the FIN itself carried the FIN.
          correct: ack1.flags.includes("FIN"),
          misconception: "close-is-symmetric-with-open",
        },
      ],
      seed,
    );
    return {
      prompt: L(
        `${closeIntro(s).en} ${s.second} answers the FIN with an ACK at once. When the FIN arrived, ${s.second}'s application still had ${sentAfter} bytes to send: it sends them, and only then calls close. So the close takes four segments (FIN, ACK, FIN, ACK) where the open took three. Why does ${s.second} not send its FIN together with that first ACK?`,
        `${closeIntro(s).zh}${s.second} 立即用 ACK 应答这个 FIN。FIN 到达时，${s.second} 的应用还有 ${sentAfter} 字节数据要发送：它先发完这些数据，之后才调用 close。所以关闭用了四个报文段（FIN、ACK、FIN、ACK），而建立连接只用了三个。${s.second} 为什么不把自己的 FIN 和第一个 ACK 一起发送？`,
      ),
      ...c,
      diagram: questionDiagram(scenario, stepSending(run, ack1.id) + 1),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: L(
          `Each direction closes on its own. A FIN only says "I have no more data to send", so ${s.second} acknowledges ${s.first}'s FIN at once and may go on sending (half-close); its FIN waits for its own application. The SYN,ACK of the handshake merges two segments because the server has nothing to finish first. When ${s.second} has nothing left to send and closes within the delayed-ACK time, the close can take three segments.`,
          `两个方向各自独立关闭。FIN 只表示“我已没有数据要发送”，所以 ${s.second} 立即确认 ${s.first} 的 FIN 后还可以继续发送数据（半关闭）；它的 FIN 要等它自己的应用关闭时才发出。握手中的 SYN,ACK 能合并，是因为服务器没有需要先完成的事情。如果 ${s.second} 已无数据可发并在延迟确认的时间内关闭，关闭也可以只用三个报文段。`,
        ),
        rfc: "3.6",
        diagram: explanationDiagram(run, stepSending(run, fin2.id), [ack1.id, ...between.map((seg) => seg.id), fin2.id]),
      },
    };
  },
};
