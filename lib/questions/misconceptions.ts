import { TOPIC_LABELS } from "./topic-misconceptions";
import type { Locale, Localized, Misconception, MisconceptionId } from "./types";

/**
 * The classic mistakes. Every distractor carries one of these ids, so a wrong answer gets
 * feedback naming the learner's own mistake rather than a bare "wrong".
 */
const LABELS = {
  "syn-takes-no-sequence-number": {
    en: "Forgot that a SYN consumes one sequence number (the ACK of ISN x is x + 1, not x)",
    zh: "忘了 SYN 要占用一个序列号（对 ISN x 的确认号是 x + 1，而不是 x）",
  },
  "fin-takes-no-sequence-number": {
    en: "Forgot that a FIN consumes one sequence number (the ACK of a FIN at u is u + 1)",
    zh: "忘了 FIN 要占用一个序列号（对序列号为 u 的 FIN 的确认号是 u + 1）",
  },
  "forgot-data-length": {
    en: "Forgot to count the data bytes already sent in the sequence numbers",
    zh: "忘了把已发送的数据字节计入序列号",
  },
  "acked-own-number": {
    en: "Used the sender's own sequence number as the acknowledgment number instead of the peer's",
    zh: "把发送方自己的序列号当成了确认号，而确认号应基于对方的序列号",
  },
  "ack-number-as-seq": {
    en: "Mixed up the sequence number and the acknowledgment number of a segment",
    zh: "混淆了报文段的序列号和确认号",
  },
  "no-wraparound": {
    en: "Forgot that sequence numbers wrap around modulo 2^32",
    zh: "忘了序列号按 2^32 取模回绕",
  },
  "state-before-arrival": {
    en: "Moved the endpoint to its next state before the segment had arrived",
    zh: "报文段还没到达，就让端点进入了下一个状态",
  },
  "state-not-updated": {
    en: "Left the endpoint in its previous state although the segment had arrived",
    zh: "报文段已经到达，端点却仍停留在原来的状态",
  },
  "other-side-state": {
    en: "Gave the other endpoint's state: the two ends of a connection are usually in different states",
    zh: "答成了另一端的状态：连接两端通常处于不同的状态",
  },
  "listen-vs-syn-sent": {
    en: "Confused the passive opener (LISTEN, then SYN-RECEIVED) with the active opener (SYN-SENT)",
    zh: "混淆了被动打开方（LISTEN，之后 SYN-RECEIVED）和主动打开方（SYN-SENT）",
  },
  "swapped-close-wait-fin-wait-2": {
    en: "Swapped CLOSE-WAIT and FIN-WAIT-2: CLOSE-WAIT is the side that received the FIN, FIN-WAIT-2 the side whose FIN was acknowledged",
    zh: "把 CLOSE-WAIT 和 FIN-WAIT-2 弄反了：收到 FIN 的一方进入 CLOSE-WAIT，自己的 FIN 被确认的一方进入 FIN-WAIT-2",
  },
  "fin-wait-1-vs-2": {
    en: "Confused FIN-WAIT-1 (our FIN not yet acknowledged) with FIN-WAIT-2 (our FIN acknowledged, waiting for the peer's FIN)",
    zh: "混淆了 FIN-WAIT-1（自己的 FIN 尚未被确认）和 FIN-WAIT-2（FIN 已被确认，等待对方的 FIN）",
  },
  "close-wait-vs-last-ack": {
    en: "Confused CLOSE-WAIT (peer's FIN received, we have not closed) with LAST-ACK (we sent our FIN too)",
    zh: "混淆了 CLOSE-WAIT（收到对方 FIN，自己尚未关闭）和 LAST-ACK（自己也已发出 FIN）",
  },
  "closed-too-early": {
    en: "Thought the endpoint was already CLOSED, but it still waits for an acknowledgment or for a timer",
    zh: "以为端点已经 CLOSED，其实它还在等待确认或计时器",
  },
  "time-wait-wrong-side": {
    en: "Put the wrong side in TIME-WAIT: it is the side that closed first (sent the first FIN)",
    zh: "把 TIME-WAIT 放错了一方：进入 TIME-WAIT 的是先关闭（先发送 FIN）的一方",
  },
  "time-wait-one-msl": {
    en: "Took TIME-WAIT to last 1 MSL; it lasts 2 MSL",
    zh: "以为 TIME-WAIT 持续 1 个 MSL，实际上是 2MSL",
  },
  "time-wait-skipped": {
    en: "Thought the connection closes at once after the last ACK, without waiting",
    zh: "以为发出最后一个 ACK 后连接立即关闭，无需等待",
  },
  "time-wait-not-restarted": {
    en: "Forgot that a retransmitted FIN arriving in TIME-WAIT restarts the 2 MSL timer",
    zh: "忘了在 TIME-WAIT 状态收到重传的 FIN 时会重新启动 2MSL 计时器",
  },
  "time-wait-forever": {
    en: "Thought the port stays blocked longer than 2 MSL: once the TIME-WAIT timer expires, the connection is gone",
    zh: "以为端口被占用超过 2MSL：TIME-WAIT 计时器到期后，连接就不复存在了",
  },
  "half-close-closes-both": {
    en: "Thought a FIN closes both directions: after a half-close the other side can still send",
    zh: "以为一个 FIN 会同时关闭两个方向：半关闭后另一方仍可以发送数据",
  },
  "closer-still-sends": {
    en: "Thought the side that sent FIN may still send data; FIN means it has no more data to send",
    zh: "以为发送了 FIN 的一方还能继续发送数据；FIN 表示它已没有数据要发送",
  },
  "reply-missing-ack": {
    en: "Forgot the ACK bit: once an endpoint has received its peer's SYN, every segment it sends on the connection carries ACK",
    zh: "漏掉了 ACK 位：端点收到对方的 SYN 之后，它在这个连接上发出的每个报文段都置 ACK 位",
  },
  "first-syn-has-ack": {
    en: "Set ACK on the very first SYN: there is nothing to acknowledge yet",
    zh: "给最初的 SYN 设置了 ACK：此时还没有任何可确认的内容",
  },
  "syn-repeated": {
    en: "Set SYN again: each side sends its SYN only once, the third segment is a pure ACK",
    zh: "又置了 SYN 位：每一方只发送一次 SYN，第三个报文段是纯 ACK",
  },
  "skipped-syn-received": {
    en: "Skipped SYN-RECEIVED: the server waits there for the ACK of its SYN,ACK",
    zh: "漏掉了 SYN-RECEIVED：服务器要在该状态等待对其 SYN,ACK 的确认",
  },
  "client-syn-received": {
    en: "Put the client through SYN-RECEIVED: an active opener goes straight from SYN-SENT to ESTABLISHED",
    zh: "让客户端经过了 SYN-RECEIVED：主动打开方从 SYN-SENT 直接进入 ESTABLISHED",
  },
  "skipped-fin-wait-2": {
    en: "Skipped FIN-WAIT-2: the ACK of our FIN comes first, the peer's FIN later",
    zh: "漏掉了 FIN-WAIT-2：先收到对自己 FIN 的确认，之后才收到对方的 FIN",
  },
  "skipped-time-wait": {
    en: "Went straight to CLOSED: the side that closes first waits in TIME-WAIT",
    zh: "直接进入了 CLOSED：先关闭的一方要在 TIME-WAIT 状态等待",
  },
  "closed-port-accepts": {
    en: "Thought a host with no listener answers a SYN with SYN,ACK: only a LISTEN socket accepts a connection",
    zh: "以为没有监听的主机会用 SYN,ACK 应答 SYN：只有处于 LISTEN 的套接字才会接受连接",
  },
  "receiver-recognizes-old-syn": {
    en: "Thought the receiver can tell an old duplicate SYN from a new one: only the initiator knows which ISN it used",
    zh: "以为接收方能分辨历史重复的 SYN：只有发起方知道自己用的是哪个初始序列号",
  },
  "fin-cannot-carry-ack": {
    en: "Thought a segment cannot carry FIN and ACK together: it can (FIN,ACK), and every FIN sent on an open connection does",
    zh: "以为一个报文段不能同时置 FIN 位和 ACK 位：其实可以（FIN,ACK），已建立的连接上发出的 FIN 都带 ACK",
  },
  "delayed-ack-separate": {
    en: "Expected a separate ACK, but with a delayed ACK the FIN rides on it (three segments to close)",
    zh: "以为会单独发送 ACK，但启用延迟确认时 FIN 会捎带这个 ACK（关闭只需三个报文段）",
  },
  "simultaneous-as-normal": {
    en: "Treated a simultaneous open or close like the ordinary one-sided case",
    zh: "把同时打开或同时关闭当成了普通的单方发起的情况",
  },
  "closing-vs-time-wait": {
    en: "Confused CLOSING (both FINs sent, ours not yet acknowledged) with TIME-WAIT",
    zh: "混淆了 CLOSING（双方都已发 FIN，自己的 FIN 尚未被确认）和 TIME-WAIT",
  },
  "closed-port-ignores-syn": {
    en: "Thought a SYN to a port with no listener is silently ignored; the host answers with RST",
    zh: "以为发往未监听端口的 SYN 会被静默丢弃；实际上主机会回复 RST",
  },
  "rst-acknowledged": {
    en: "Thought a RST is acknowledged or answered with a RST: no endpoint ever answers a RST with a RST, and a RST is never acknowledged or retransmitted",
    zh: "以为 RST 需要确认或会换来一个 RST：任何端点都不会用 RST 回应 RST，RST 也从不被确认或重传",
  },
  "rst-ignored": {
    en: "Thought the endpoint keeps its state after an acceptable RST; it goes to CLOSED (or back to LISTEN)",
    zh: "以为收到可接受的 RST 后端点保持原状态；实际上它进入 CLOSED（或回到 LISTEN）",
  },
  "abort-as-close": {
    en: "Treated ABORT like CLOSE: ABORT sends a RST and drops the connection at once, no FIN",
    zh: "把 ABORT 当成了 CLOSE：ABORT 发送 RST 并立即释放连接，不发送 FIN",
  },
  "delayed-ack-waits-forever": {
    en: "Thought a delayed ACK waits for the application: it waits only a short time (0.2 s in this simulator; RFC 9293 requires less than 0.5 s), then goes out alone",
    zh: "以为延迟确认会一直等待应用：它只等待很短的时间（本模拟器为 0.2 秒；RFC 9293 要求少于 0.5 秒），之后单独发出",
  },
  "abort-silent": {
    en: "Thought ABORT drops a synchronized connection silently: it tells the peer with a RST",
    zh: "以为 ABORT 会悄无声息地丢弃已同步的连接：实际上它会发送 RST 通知对方",
  },
  "abort-always-rst": {
    en: "Thought ABORT always sends a RST: in LISTEN, SYN-SENT, CLOSING, LAST-ACK and TIME-WAIT nothing is sent",
    zh: "以为 ABORT 总会发送 RST：在 LISTEN、SYN-SENT、CLOSING、LAST-ACK 和 TIME-WAIT 状态下不发送任何报文段",
  },
  "passive-rst-returns-to-listen": {
    en: "Forgot that a passive open returns to LISTEN when a RST arrives in SYN-RECEIVED",
    zh: "忘了被动打开的连接在 SYN-RECEIVED 状态收到 RST 时会回到 LISTEN",
  },
  "backoff-not-summed": {
    en: "Counted only the last timeout: the waits before each retransmission add up (r + 2r + 4r ...)",
    zh: "只算了最后一次超时：每次重传前的等待时间要累加（r + 2r + 4r……）",
  },
  "no-backoff": {
    en: "Forgot the exponential backoff: the retransmission timeout doubles after each retry",
    zh: "忘了指数退避：每次重传后重传超时时间加倍",
  },
  "retransmit-new-number": {
    en: "Gave the retransmission a new sequence number; a retransmitted segment keeps its original one",
    zh: "给重传报文段分配了新的序列号；重传的报文段沿用原来的序列号",
  },
  "lost-segment-not-retransmitted": {
    en: "Thought a lost segment is simply gone; its sender retransmits it when the timer expires",
    zh: "以为丢失的报文段就此消失；发送方会在超时后重传它",
  },
  "wrong-side-retransmits": {
    en: "Had the wrong side retransmit: only the sender of a segment that occupies sequence space retransmits it",
    zh: "让错误的一方重传：只有发送了占用序列号的报文段的一方才会重传它",
  },
  "two-way-handshake-enough": {
    en: "Thought two segments are enough to open: without the third, an old duplicate SYN would open a connection",
    zh: "以为两次握手就够了：没有第三个报文段，历史重复的 SYN 就会建立错误的连接",
  },
  "close-is-symmetric-with-open": {
    en: "Thought closing mirrors opening, where the SYN and the ACK merge into one SYN,ACK: each direction closes on its own, and the ACK of a FIN does not wait for an application that has not closed yet",
    zh: "以为关闭与建立连接对称：建立时 SYN 和 ACK 能合并成一个 SYN,ACK，关闭时 FIN 和 ACK 也就能合并。其实两个方向各自独立关闭，对 FIN 的确认不会等待尚未关闭的应用",
  },
  "state-not-updated-after-call": {
    en: "Left the endpoint in its previous state: its application's call changes the state at once, before any segment arrives",
    zh: "让端点停留在原来的状态：应用的调用会立即改变状态，不必等任何报文段到达",
  },
  "state-before-call": {
    en: "Moved the endpoint to the state of a call its application has not made yet",
    zh: "让端点进入了应用尚未调用的操作之后的状态",
  },
  "state-follows-peer": {
    en: "Tied this endpoint's state to an event at its peer: an endpoint changes state only through its own calls, its own timers and the segments that arrive at it",
    zh: "把这一端的状态与对端发生的事件联系在一起：端点只因自己的调用、自己的计时器和到达自己的报文段而改变状态",
  },
  "lost-segment-counted": {
    en: "Counted a lost segment as arrived: a segment that is lost changes nothing at its receiver",
    zh: "把丢失的报文段当成已经到达：丢失的报文段不会改变接收方的任何状态",
  },
  "pure-ack-takes-a-number": {
    en: "Counted one number too many: only SYN, FIN and data bytes consume sequence numbers, a pure ACK consumes none",
    zh: "多算了一个序列号：只有 SYN、FIN 和数据字节消耗序列号，纯 ACK 不消耗",
  },
  "rst-inexact-accepted": {
    en: "Accepted a RST that is in the window but not exactly at RCV.NXT: since RFC 5961 it only earns a challenge ACK",
    zh: "接受了落在窗口内但不恰好等于 RCV.NXT 的 RST：按 RFC 5961，它只会换来一个挑战 ACK",
  },
  "rst-out-of-window-accepted": {
    en: "Accepted a RST outside the receive window: it is dropped without a reply",
    zh: "接受了落在接收窗口之外的 RST：这样的 RST 会被直接丢弃，不作应答",
  },
  "rst-to-syn-without-ack": {
    en: "Left out the ACK bit: a RST answering a segment without ACK (such as a SYN) carries ACK = SEG.SEQ + SEG.LEN, so that its receiver accepts it",
    zh: "漏掉了 ACK 位：应答不带 ACK 的报文段（例如 SYN）的 RST 要置 ACK 位，确认号为 SEG.SEQ + SEG.LEN，对方才会接受它",
  },
  "rst-to-ack-with-ack": {
    en: "Set ACK on the RST: a segment that carried ACK is answered with <SEQ=SEG.ACK><CTL=RST>, without ACK",
    zh: "给 RST 置了 ACK 位：对带 ACK 的报文段，应答是 <SEQ=SEG.ACK><CTL=RST>，不置 ACK 位",
  },
  "closed-port-ignores-segment": {
    en: "Thought a segment arriving where no connection exists is silently dropped: the host answers it with a RST, unless it is a RST itself",
    zh: "以为到达一个不存在连接之处的报文段会被静默丢弃：主机会用 RST 应答它，除非它本身就是 RST",
  },
  "crashed-host-remembers": {
    en: "Thought a host that crashed and restarted still knows the connection: it lost every TCB and is CLOSED",
    zh: "以为崩溃并重启的主机仍然记得这个连接：它已丢失所有 TCB，处于 CLOSED 状态",
  },
  "crossing-fins-always-closing": {
    en: "Thought crossing FINs always lead through CLOSING: an endpoint enters CLOSING only when the peer's FIN arrives before the ACK of its own FIN",
    zh: "以为交错的 FIN 总会经过 CLOSING：只有对方的 FIN 先于对自己 FIN 的确认到达时，端点才进入 CLOSING",
  },
  ...TOPIC_LABELS,
} as const satisfies Record<string, Localized>;

export type KnownMisconception = keyof typeof LABELS;

/** A wrong answer that matches no tagged mistake. */
export const OTHER_MISCONCEPTION = "other";
const OTHER_LABEL: Localized = {
  en: "This answer does not match a common mistake: compare it with the diagram step by step.",
  zh: "这个答案不属于常见错误：请对照时序图逐步检查。",
};

export const MISCONCEPTIONS: readonly Misconception[] = [
  ...Object.entries(LABELS).map(([id, label]) => ({ id, label })),
  { id: OTHER_MISCONCEPTION, label: OTHER_LABEL },
];

export function misconceptionLabel(id: MisconceptionId, locale: Locale): string {
  return ((LABELS as Record<string, Localized>)[id] ?? OTHER_LABEL)[locale];
}
