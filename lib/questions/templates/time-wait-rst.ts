import { seqAdd } from "../../tcp";
import { choices, type ChoiceOption } from "../choice-question";
import type { KnownMisconception } from "../misconceptions";
import { pickBytes, pickIsns, pickMsl } from "../params";
import { explanationDiagram } from "../state-question";
import { openConnection } from "../story";
import type { Template } from "../template";
import { join, L } from "../text";
import { questionDiagram } from "../trace-view";
import { topicStory, variantOf } from "./topic-kit";

/** A RST meets TIME-WAIT: RFC 9293 as written, RFC 1337's TIME-WAIT assassination and its fix. */

const TIME_WAIT_RST_RULE = L(
  "RFC 9293 (3.10.7.4, second check) treats a RST in TIME-WAIT as in the other synchronized states: exactly at RCV.NXT it closes the connection, elsewhere in the window it gets a challenge ACK (RFC 5961), outside the window it is dropped. RFC 1337 named the hazard TIME-WAIT assassination: an old duplicate makes TIME-WAIT send an ACK, the peer, which has no connection any more, answers with a RST that fits exactly, and TIME-WAIT ends before its 2 MSL, so later old duplicates could reach a new connection on the same socket pair. Its fix, which a stack may apply (Linux: net.ipv4.tcp_rfc1337 = 1), is to drop every RST in TIME-WAIT.",
  "RFC 9293（第 3.10.7.4 节第二步检查）对 TIME-WAIT 中的 RST 与其他已同步状态一样处理：序列号恰为 RCV.NXT 的 RST 关闭连接，窗口内其他位置的 RST 得到挑战 ACK（RFC 5961），窗口外的被丢弃。RFC 1337 把其中的隐患称为 TIME-WAIT 暗杀：历史重复报文段使 TIME-WAIT 一方发出 ACK，已经没有连接的对端用一个恰好可接受的 RST 应答，TIME-WAIT 未满 2MSL 就结束了，之后到达的历史重复报文段就可能混入同一套接字对上的新连接。它给出的修正是在 TIME-WAIT 中丢弃所有 RST，协议栈可以选择采用（Linux：net.ipv4.tcp_rfc1337 = 1）。",
);

type Outcome = "close" | "drop" | "challenge";

export const timeWaitRstOutcome: Template = {
  id: "time-wait-rst-outcome",
  concept: "time-wait",
  kind: "choice",
  title: L("A RST arrives in TIME-WAIT", "RST 到达处于 TIME-WAIT 的一方"),
  build({ rng, difficulty, seed }) {
    const variant = variantOf(seed, 3); // 0: assassination, RFC 9293; 1: the same with RFC 1337's fix; 2: a forged RST in the window
    const msl = pickMsl(rng, difficulty);
    const story = topicStory({ isn: pickIsns(rng, difficulty), msl, ...(variant === 1 ? { timeWaitIgnoresRst: true } : {}) });
    openConnection(story, "A", "B");
    const bytes = pickBytes(rng, difficulty);
    story.send("B", bytes);
    const data = story.deliver({ from: "B", data: true });
    story.deliver({ from: "A", exactly: ["ACK"] });
    story.call("close", "A");
    story.step({ deliver: "all" });
    story.call("close", "B");
    story.step({ deliver: "all" });
    const rcvNxt = story.current.tcb.A.rcvNxt;
    const rstSeq = variant === 2 ? seqAdd(rcvNxt, rng.int(1, 65534)) : rcvNxt;
    if (variant === 2) story.step({ inject: { to: "A", flags: ["RST"], seq: rstSeq } });
    else {
      // An old duplicate: a copy of B's data segment, delayed in the network, reaches A in TIME-WAIT.
      story.step({ duplicate: data });
      story.deliver({ from: "B", data: true });
      story.deliver({ from: "A", exactly: ["ACK"] });
    }
    const shown = story.stepCount;
    story.deliver({ flags: ["RST"] });
    const arrives = story.stepCount - 1;
    const { scenario, run } = story.finish();
    const after = run.trace.steps[arrives]!;
    const outcome: Outcome = after.states.A === "CLOSED" ? "close" : after.sent.length > 0 ? "challenge" : "drop";
    const wrong = (
      [
        { close: "exact-rst-challenged", drop: "time-wait-rst-ignored-by-rfc", challenge: "exact-rst-challenged" },
        { close: "time-wait-rst-always-closes", drop: "time-wait-rst-always-closes", challenge: "time-wait-rst-answered" },
        { close: "any-rst-resets", drop: "in-window-rst-ignored", challenge: "any-rst-resets" },
      ] satisfies Record<Outcome, KnownMisconception>[]
    )[variant]!;
    const options: ChoiceOption[] = [
      {
        text: L("A goes to CLOSED at once: its TIME-WAIT is cut short.", "A 立即进入 CLOSED：它的 TIME-WAIT 被提前终止。"),
        correct: outcome === "close",
        misconception: wrong.close,
      },
      {
        text: L("A drops the RST silently and stays in TIME-WAIT until its 2 MSL are over.", "A 静默丢弃该 RST，继续停留在 TIME-WAIT，直到 2MSL 结束。"),
        correct: outcome === "drop",
        misconception: wrong.drop,
      },
      {
        text: L("A stays in TIME-WAIT and answers with a challenge ACK.", "A 保持 TIME-WAIT，并用挑战 ACK 应答。"),
        correct: outcome === "challenge",
        misconception: wrong.challenge,
      },
      { text: L("A answers with a RST of its own.", "A 用自己的 RST 应答。"), correct: false, misconception: "rst-acknowledged" },
    ];
    const stack =
      variant === 1
        ? L(
            "A's stack applies RFC 1337's protection (like Linux with net.ipv4.tcp_rfc1337 = 1).",
            "A 的协议栈采用了 RFC 1337 的保护措施（如同 Linux 设置 net.ipv4.tcp_rfc1337 = 1）。",
          )
        : L("A's stack follows RFC 9293 as written.", "A 的协议栈严格按照 RFC 9293 实现。");
    const situation =
      variant === 2
        ? L(
            `A RST forged by an attacker arrives at A with seq = ${rstSeq}; A's RCV.NXT is ${rcvNxt} and its receive window 65535 bytes.`,
            `一个攻击者伪造的 RST 到达 A，其 seq = ${rstSeq}；A 的 RCV.NXT 为 ${rcvNxt}，接收窗口为 65535 字节。`,
          )
        : L(
            `A copy of the ${bytes}-byte data segment B sent earlier, delayed in the network, now arrives at A. A answers it with an ACK; B, which has no connection any more, answers that ACK with <SEQ=SEG.ACK><CTL=RST>, so the RST's seq is A's RCV.NXT, ${rcvNxt}, and it arrives at A.`,
            `B 早先发送的那个 ${bytes} 字节数据报文段的一个副本在网络中滞留后，现在到达了 A。A 用 ACK 应答它；已经没有连接的 B 用 <SEQ=SEG.ACK><CTL=RST> 应答这个 ACK，所以该 RST 的 seq 等于 A 的 RCV.NXT（${rcvNxt}），它到达了 A。`,
          );
    const here = [
      L(
        `Here the old duplicate (a copy, not a retransmission: B sent that data once) drew A's ACK, B's RST came back at exactly RCV.NXT, and A went from TIME-WAIT to CLOSED before its 2 MSL (${2 * msl} s) were over.`,
        `本例中这个历史重复报文段（是副本而不是重传：B 只发送过一次这些数据）引出了 A 的 ACK，B 的 RST 的序列号恰为 RCV.NXT，于是 A 在 2MSL（${2 * msl} 秒）结束之前就从 TIME-WAIT 进入了 CLOSED。`,
      ),
      L(
        "Here the old duplicate (a copy, not a retransmission: B sent that data once) drew A's ACK and B's RST came back at exactly RCV.NXT, but A applies RFC 1337's fix: it drops the RST and stays in TIME-WAIT.",
        "本例中这个历史重复报文段（是副本而不是重传：B 只发送过一次这些数据）引出了 A 的 ACK，B 的 RST 的序列号恰为 RCV.NXT，但 A 采用了 RFC 1337 的修正：它丢弃该 RST，继续停留在 TIME-WAIT。",
      ),
      L(
        `Here seq = ${rstSeq} lies in A's window but is not RCV.NXT = ${rcvNxt}, so A sends a challenge ACK and stays in TIME-WAIT.`,
        `本例中 seq = ${rstSeq} 在 A 的窗口内，但不等于 RCV.NXT = ${rcvNxt}，所以 A 发送挑战 ACK，继续停留在 TIME-WAIT。`,
      ),
    ][variant]!;
    return {
      prompt: L(
        `A (the client) closed first and is in TIME-WAIT (2 MSL = ${2 * msl} s); B has closed too and has no connection. ${situation.en} ${stack.en} What does A do with the RST?`,
        `A（客户端）先关闭，正处于 TIME-WAIT（2MSL = ${2 * msl} 秒）；B 也已关闭，已经没有连接。${situation.zh}${stack.zh}A 如何处理这个 RST？`,
      ),
      ...choices(rng, options, seed),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: join([TIME_WAIT_RST_RULE, here]),
        rfc: "3.10.7.4",
        diagram: explanationDiagram(run, arrives),
      },
    };
  },
};
