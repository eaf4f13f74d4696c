// A hint before answering (PrairieLearn's "hint"): a question that points at the rule to use,
// never the answer. Computed from the question: its template (or concept), what it asks for (the
// number's unit, the side whose states are asked) and nothing of the key. hints.test.ts checks,
// over every template and many seeds, that no hint contains the key or anything the prompt does
// not already say.
import { L } from "./text";
import type { ConceptId, Localized, Question } from "./types";

/** The nudge per concept: which question to ask yourself. */
const BY_CONCEPT: Record<ConceptId, Localized> = {
  "handshake-states": L(
    "Follow one side at a time: what has this side sent so far, and which of its segments has the other side acknowledged?",
    "一次只看一方：这一方到目前为止发出了什么？它的哪些报文段已经被对方确认？",
  ),
  "handshake-numbers": L(
    "Which side's number is being acknowledged here, and does the segment that carried it consume a sequence number?",
    "这里被确认的是哪一方的序列号？携带它的报文段是否占用一个序列号？",
  ),
  "teardown-states": L(
    "Who sent the first FIN? The side that closes first and the side that answers pass through different states.",
    "谁先发出 FIN？主动关闭的一方和被动关闭的一方经过的状态不同。",
  ),
  "teardown-numbers": L(
    "A FIN consumes one sequence number, as a SYN does. What did its sender send before it?",
    "FIN 和 SYN 一样占用一个序列号。它的发送方在它之前还发送了什么？",
  ),
  "half-close": L("A FIN closes one direction only: the one of the side that sent it.", "FIN 只关闭一个方向：发送它的那一方的发送方向。"),
  "time-wait": L(
    "Which side closed actively? Its TIME-WAIT must outlast one trip out and one trip back of a segment.",
    "哪一方是主动关闭？它的 TIME-WAIT 要足够长，让一个报文段出去、另一个报文段回来。",
  ),
  "three-segment-close": L(
    "What does the side receiving the first FIN still owe: an acknowledgment, and its own close. Must they travel apart?",
    "收到第一个 FIN 的一方还欠什么：一个确认，以及它自己的关闭。两者必须分开发送吗？",
  ),
  simultaneous: L(
    "Both sides sent before either heard from the other. What does a side do when the other's SYN or FIN arrives while it waits for an answer to its own?",
    "双方都在收到对方消息之前发送了。一方在等待对自己报文段的回应时收到对方的 SYN 或 FIN，会怎么做？",
  ),
  resets: L(
    "Is there a connection for this segment at the receiver? Without one, the reply takes its numbers from the segment that arrived.",
    "接收方有这个报文段所属的连接吗？如果没有，应答的序列号和确认号取自到达的报文段。",
  ),
  loss: L(
    "Who is waiting for an acknowledgment that does not come, and what does its retransmission timer do each time it expires?",
    "谁在等待一个迟迟不来的确认？它的重传计时器每次超时后会怎样？",
  ),
  "why-three-four": L(
    "Think of an old duplicate SYN arriving late, and of a side that still has data to send after the other has finished.",
    "想一想迟到的历史重复 SYN，以及对方发送完毕后仍有数据要发送的一方。",
  ),
  "handshake-loss": L(
    "Which side has a segment that nobody acknowledged, and therefore a retransmission timer running?",
    "哪一方有尚未被确认的报文段，因而有一个重传计时器在运行？",
  ),
  "syn-flood": L(
    "What does a listening server keep for a connection that is not yet established, and in which queue?",
    "对于尚未建立的连接，处于监听状态的服务器保存了什么？保存在哪个队列里？",
  ),
  "sequence-space": L(
    "There are 2^32 sequence numbers, and every byte sent uses one. How fast are they used up?",
    "序列号一共有 2^32 个，每发送一个字节就用掉一个。它们被用完的速度有多快？",
  ),
  "data-phase": L(
    "An acknowledgment names the next byte expected. Which bytes have arrived in order so far?",
    "确认号表示期望收到的下一个字节。到目前为止，按顺序到达的是哪些字节？",
  ),
  "half-open": L(
    "One side has lost everything it knew about the connection. What happens when the other side next sends to it?",
    "一方已经丢失了关于这个连接的全部信息。另一方下次向它发送报文段时会发生什么？",
  ),
  "rst-validation": L(
    "Compare the RST's sequence number with RCV.NXT, then with the edges of the receive window.",
    "先把 RST 的序列号与 RCV.NXT 比较，再与接收窗口的边界比较。",
  ),
  lingering: L(
    "Which side is waiting for something its own application or its peer has to do, and does a timer end that wait?",
    "哪一方在等待自己的应用或对端去做某件事？有没有计时器来结束这种等待？",
  ),
  "socket-pair": L("TIME-WAIT belongs to one connection. Which four values name a connection?", "TIME-WAIT 属于一个连接。由哪四个值确定一个连接？"),
  "port-scan": L(
    "What comes back for a SYN to a listening port, to a closed port, and when a firewall drops it on the way?",
    "SYN 发往监听中的端口、关闭的端口，以及在途中被防火墙丢弃时，分别会收到什么？",
  ),
};

/** Templates whose own angle deserves its own nudge (the concept's would point elsewhere). */
const BY_TEMPLATE: Record<string, Localized> = {
  "handshake-synack-ack": L(
    "Which side's number does the SYN,ACK acknowledge, its own or the other side's? And how many sequence numbers does a SYN take?",
    "SYN,ACK 确认的是哪一方的序列号，自己的还是对方的？一个 SYN 占用几个序列号？",
  ),
  "handshake-segment-flags": L(
    "What has each side still to do: announce its own initial sequence number, acknowledge the other's, or both?",
    "每一方还需要做什么：通告自己的初始序列号、确认对方的初始序列号，还是两者都要？",
  ),
  "time-wait-duration": L(
    "The wait is counted in MSLs. How long is one MSL in this question, and how many does the rule ask for?",
    "等待时间以 MSL 计。本题中一个 MSL 有多长？规则要求等待几个 MSL？",
  ),
  "loss-syn-backoff": L(
    "Each time the retransmission timer expires, what happens to the next timeout? Add the waits up in order.",
    "重传计时器每次超时后，下一次的超时时间会怎样变化？按顺序把各段等待时间加起来。",
  ),
  "loss-retransmission-seq": L("A retransmission repeats a segment: does its sequence number move?", "重传是把报文段再发一次：它的序列号会变吗？"),
  "reset-abort": L(
    "ABORT does not wait for a polite close. Which control bit ends a connection at once?",
    "中止（ABORT）不会等待正常关闭。哪个控制位能立刻结束连接？",
  ),
};

/** A sentence on what the number asked for means, by its unit. */
const BY_UNIT: Partial<Record<string, Localized>> = {
  seq: L("A sequence number counts what the segment's own sender has sent.", "序列号计的是报文段自己的发送方已经发送的内容。"),
  ack: L("An acknowledgment number is the next sequence number the sender expects from the other side.", "确认号是发送方期望从对方收到的下一个序列号。"),
};

/** For a question of no known concept (a teacher's own, say). */
const GENERAL = L(
  "Draw the two sides and the segments in order, and ask what each side knows after each one arrives.",
  "画出双方和按顺序传输的报文段，想一想每个报文段到达后各方知道了什么。",
);

/** The hint for a question, in both languages. Pure: the same question gives the same hint. */
export function hintFor(question: Question): Localized {
  const base = BY_TEMPLATE[question.template] ?? (BY_CONCEPT as Partial<Record<string, Localized>>)[question.concept] ?? GENERAL;
  const input = question.input.en;
  const extra = input.kind === "number" ? BY_UNIT[input.unit] : undefined;
  if (input.kind === "state-order") {
    return L(`${base.en} List ${input.side}'s states in the order it passes through them.`, `${base.zh}按 ${input.side} 经历的先后顺序列出它的状态。`);
  }
  return extra ? L(`${base.en} ${extra.en}`, `${base.zh}${extra.zh}`) : base;
}
