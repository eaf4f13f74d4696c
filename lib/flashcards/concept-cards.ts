import { TOPIC_CONCEPT_CARDS } from "./topic-concept-cards";
import type { ConceptCardView, ConceptId, Locale, Localized } from "./types";

/**
 * Concept cards: the "why" questions, in both languages. Facts from RFC 9293 (with RFC 5961 and
 * RFC 6298 where named); the wording is Handshake's own.
 */
export interface ConceptCardSpec {
  /** The part of the id after "concept:". */
  slug: string;
  concept: ConceptId;
  question: Localized;
  answer: readonly Localized[];
  source: string;
}

const L = (en: string, zh: string): Localized => ({ en, zh });

export const CONCEPT_CARDS: readonly ConceptCardSpec[] = [
  {
    slug: "why-three-segments-to-open",
    concept: "why-three-four",
    question: L("Why does opening a connection take three segments and not two?", "为什么建立连接需要三个报文段，而不是两个？"),
    answer: [
      L(
        "Each side picks an initial sequence number and must learn that the other side received it. A's SYN announces A's ISN; B's SYN,ACK acknowledges it and announces B's; A's ACK acknowledges B's. B's ACK and SYN travel together, so four messages fit in three segments.",
        "双方各自选定初始序列号，并且都必须确认对方已经收到。A 的 SYN 告知 A 的初始序列号；B 的 SYN,ACK 确认它并告知 B 的初始序列号；A 的 ACK 再确认 B 的。B 的 ACK 与 SYN 合在一个报文段里，所以四条信息用三个报文段就够了。",
      ),
      L(
        "With two, the opener could not refuse an old duplicate SYN: the third segment is where A says \"not this one\" with a RST (RFC 9293 Figure 8).",
        "如果只有两次，发起方就无法拒绝历史重复的 SYN：第三次握手正是 A 用 RST 表示“不是这个连接”的机会（RFC 9293 图 8）。",
      ),
    ],
    source: "RFC 9293 §3.5",
  },
  {
    slug: "why-four-segments-to-close",
    concept: "why-three-four",
    question: L("Why does closing usually take four segments?", "为什么关闭连接通常需要四个报文段？"),
    answer: [
      L(
        "Each direction is closed on its own. When B receives A's FIN it acknowledges it at once, but B's application may still have data to send, so B's own FIN comes later, when that application closes: ACK and FIN go in separate segments.",
        "两个方向分别关闭。B 收到 A 的 FIN 后立即确认，但 B 的应用程序可能还有数据要发送，所以 B 自己的 FIN 要等应用程序关闭时才发出：ACK 与 FIN 分在两个报文段里。",
      ),
      L(
        "If B has nothing left and closes before its ACK goes out, the FIN rides on the ACK and the close takes three segments.",
        "如果 B 已无数据，并且在 ACK 发出之前就关闭，FIN 就会搭载在 ACK 上，关闭只需三个报文段。",
      ),
    ],
    source: "RFC 9293 §3.6",
  },
  {
    slug: "syn-fin-take-a-number",
    concept: "handshake-numbers",
    question: L("Why is the ACK of a SYN (or of a FIN) its sequence number plus one?", "为什么对 SYN（或 FIN）的确认号是它的序列号加一？"),
    answer: [
      L(
        "SYN and FIN each occupy one sequence number, as if they were a byte of data, so that they can be acknowledged and retransmitted like data. The ACK names the next number expected: seq + 1.",
        "SYN 和 FIN 各占用一个序列号，就像一个字节的数据，这样它们才能像数据一样被确认和重传。确认号给出期望的下一个序列号：seq + 1。",
      ),
      L(
        "A pure ACK occupies none: it is never acknowledged and never retransmitted.",
        "纯 ACK 不占用序列号：它既不会被确认，也不会被重传。",
      ),
    ],
    source: "RFC 9293 §3.4",
  },
  {
    slug: "why-random-isn",
    concept: "handshake-numbers",
    question: L("Why doesn't a connection start its sequence numbers at 0?", "为什么连接的序列号不从 0 开始？"),
    answer: [
      L(
        "A new connection between the same two ports could otherwise accept delayed segments of an earlier one, whose numbers would fall in its window. The ISN comes from a clock plus a secret hash of the connection (RFC 9293 section 3.4.1), which also makes it hard for an off-path attacker to guess.",
        "否则，同一对端口之间的新连接可能会接受旧连接迟到的报文段，因为它们的序列号会落在新连接的窗口内。初始序列号由时钟加上连接标识的秘密散列生成（RFC 9293 第 3.4.1 节），这也让不在路径上的攻击者难以猜中。",
      ),
    ],
    source: "RFC 9293 §3.4.1",
  },
  {
    slug: "syn-sent-vs-syn-received",
    concept: "handshake-states",
    question: L("What is each side waiting for in SYN-SENT and in SYN-RECEIVED?", "在 SYN-SENT 和 SYN-RECEIVED 状态下，各自在等待什么？"),
    answer: [
      L(
        "SYN-SENT: the opener has sent its SYN and waits for a matching SYN (normally in a SYN,ACK that also acknowledges its own).",
        "SYN-SENT：发起方已发送 SYN，正在等待对方相应的 SYN（通常在一个同时确认了自己 SYN 的 SYN,ACK 中）。",
      ),
      L(
        "SYN-RECEIVED: the endpoint has received a SYN and sent its own, and waits for the ACK of its SYN. Both become ESTABLISHED once their SYN is acknowledged.",
        "SYN-RECEIVED：端点已收到 SYN 并发出了自己的 SYN，正在等待对自己 SYN 的确认。双方的 SYN 一旦被确认，就都进入 ESTABLISHED。",
      ),
    ],
    source: "RFC 9293 §3.3.2",
  },
  {
    slug: "who-enters-time-wait",
    concept: "teardown-states",
    question: L("Which side goes through TIME-WAIT, and which through CLOSE-WAIT and LAST-ACK?", "哪一方经过 TIME-WAIT？哪一方经过 CLOSE-WAIT 和 LAST-ACK？"),
    answer: [
      L(
        "The side that closes first (the active closer) goes FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT. The other side (the passive closer) goes CLOSE-WAIT, then LAST-ACK, and is CLOSED as soon as its FIN is acknowledged.",
        "先关闭的一方（主动关闭方）依次经过 FIN-WAIT-1、FIN-WAIT-2、TIME-WAIT。另一方（被动关闭方）经过 CLOSE-WAIT，然后 LAST-ACK，它的 FIN 一被确认就进入 CLOSED。",
      ),
      L(
        "So a server that closes its connections first collects TIME-WAIT entries, not its clients.",
        "因此，如果服务器总是先关闭连接，积累 TIME-WAIT 的是服务器，而不是客户端。",
      ),
    ],
    source: "RFC 9293 §3.6",
  },
  {
    slug: "close-wait-means",
    concept: "teardown-numbers",
    question: L("A connection sits in CLOSE-WAIT for hours. What does that tell you?", "一个连接在 CLOSE-WAIT 状态停留了几个小时，这说明什么？"),
    answer: [
      L(
        "The peer's FIN arrived and was acknowledged long ago, but the local application never called CLOSE. TCP leaves CLOSE-WAIT only when the application closes; it usually means the program forgot to close its socket.",
        "对方的 FIN 早已到达并被确认，但本地应用程序始终没有调用 CLOSE。只有应用程序关闭时 TCP 才会离开 CLOSE-WAIT；这通常说明程序忘记关闭套接字。",
      ),
    ],
    source: "RFC 9293 §3.6",
  },
  {
    slug: "half-close-allows",
    concept: "half-close",
    question: L("What does the half-close allow?", "半关闭允许做什么？"),
    answer: [
      L(
        "A FIN only says \"I have no more data\". The other direction stays open: the side in CLOSE-WAIT can keep sending, and the side in FIN-WAIT-2 keeps receiving and acknowledging, until the second FIN.",
        "FIN 只表示“我没有数据要发了”。另一个方向仍然打开：处于 CLOSE-WAIT 的一方可以继续发送，处于 FIN-WAIT-2 的一方继续接收并确认，直到第二个 FIN。",
      ),
      L(
        "Example: a client sends its whole request, then closes its side to mark the end of the input; the server still sends the full reply before closing its own.",
        "例如：客户端发完整个请求后关闭自己的发送方向，表示输入结束；服务器仍可把完整的响应发完，再关闭自己的方向。",
      ),
    ],
    source: "RFC 9293 §3.6",
  },
  {
    slug: "why-2msl",
    concept: "time-wait",
    question: L("Why does TIME-WAIT last 2 MSL?", "为什么 TIME-WAIT 要持续 2MSL？"),
    answer: [
      L(
        "MSL is the longest a segment may live in the network. If the last ACK is lost, the peer retransmits its FIN: the ACK's trip and the FIN's trip back each take up to one MSL, so after 2 MSL no retransmitted FIN can still arrive.",
        "MSL 是报文段在网络中可以存活的最长时间。如果最后一个 ACK 丢失，对方会重传 FIN：ACK 过去和 FIN 回来各最多需要一个 MSL，所以 2MSL 之后不会再有重传的 FIN 到达。",
      ),
      L(
        "The same wait lets every old segment of the connection, in either direction, die out before the pair of ports is used again.",
        "同样的等待也让该连接在两个方向上的所有旧报文段都在网络中消失，之后这对端口才会再次使用。",
      ),
    ],
    source: "RFC 9293 §3.6",
  },
  {
    slug: "time-wait-protects",
    concept: "time-wait",
    question: L("What two problems does TIME-WAIT protect against?", "TIME-WAIT 防止了哪两个问题？"),
    answer: [
      L(
        "1. A lost last ACK: the peer retransmits its FIN, and the endpoint is still there to acknowledge it. Without TIME-WAIT the FIN would meet a closed port and get a RST, and the peer would report an error.",
        "1. 最后的 ACK 丢失：对方重传 FIN，端点仍在，可以再次确认。没有 TIME-WAIT，这个 FIN 会遇到已关闭的端口而收到 RST，对方会报错。",
      ),
      L(
        "2. Old duplicates: a delayed segment of this connection could otherwise be taken as data of a new connection between the same ports.",
        "2. 历史重复报文段：否则本连接迟到的报文段可能会被同一对端口之间的新连接当作数据接收。",
      ),
    ],
    source: "RFC 9293 §3.6",
  },
  {
    slug: "msl-values",
    concept: "time-wait",
    question: L("How long is the MSL, and so TIME-WAIT?", "MSL 有多长？TIME-WAIT 因此有多长？"),
    answer: [
      L(
        "RFC 9293 sets MSL to 2 minutes, so TIME-WAIT lasts 4 minutes. Real stacks choose shorter values, such as an MSL of 30 s or 60 s; the rule stays TIME-WAIT = 2 × MSL.",
        "RFC 9293 规定 MSL 为 2 分钟，因此 TIME-WAIT 为 4 分钟。实际的协议栈常用更短的值，例如 30 秒或 60 秒的 MSL；规则始终是 TIME-WAIT = 2 × MSL。",
      ),
    ],
    source: "RFC 9293 §3.4.1",
  },
  {
    slug: "three-segment-close",
    concept: "three-segment-close",
    question: L("When does a close take only three segments?", "什么情况下关闭连接只需要三个报文段？"),
    answer: [
      L(
        "When the side that receives the first FIN has nothing more to send and closes before its ACK leaves, typically because the ACK was delayed (up to 0.2 s here). Its FIN then carries the ACK: FIN, FIN,ACK, ACK.",
        "当收到第一个 FIN 的一方已无数据可发，并在它的 ACK 发出之前就关闭时（通常是因为 ACK 被延迟，这里最多 0.2 秒），它的 FIN 会携带这个 ACK：FIN、FIN,ACK、ACK。",
      ),
      L(
        "The first closer then goes from FIN-WAIT-1 straight to TIME-WAIT, skipping FIN-WAIT-2.",
        "先关闭的一方随之从 FIN-WAIT-1 直接进入 TIME-WAIT，跳过 FIN-WAIT-2。",
      ),
    ],
    source: "RFC 9293 §3.6, RFC 1122 §4.2.3.2",
  },
  {
    slug: "simultaneous-close",
    concept: "simultaneous",
    question: L("What happens when both sides close at the same time?", "双方同时关闭时会发生什么？"),
    answer: [
      L(
        "Both send a FIN and enter FIN-WAIT-1. Each receives the other's FIN before the ACK of its own, acknowledges it and enters CLOSING; when the ACK of its own FIN arrives it enters TIME-WAIT.",
        "双方都发送 FIN 并进入 FIN-WAIT-1。各自在收到对自己 FIN 的确认之前先收到了对方的 FIN，于是确认它并进入 CLOSING；收到对自己 FIN 的确认后进入 TIME-WAIT。",
      ),
      L("Both sides therefore wait 2 MSL: there is no passive closer.", "因此双方都要等待 2MSL：没有被动关闭方。"),
    ],
    source: "RFC 9293 §3.6, Figure 13",
  },
  {
    slug: "simultaneous-open",
    concept: "simultaneous",
    question: L("Can two active opens make one connection?", "两个主动打开能建立同一个连接吗？"),
    answer: [
      L(
        "Yes. If both SYNs cross, each side receives a SYN in SYN-SENT, moves to SYN-RECEIVED and answers with SYN,ACK (repeating its own ISN). Each SYN,ACK acknowledges a SYN, and both become ESTABLISHED: one connection, four segments.",
        "可以。如果两个 SYN 在途中交错，双方都在 SYN-SENT 收到 SYN，进入 SYN-RECEIVED，并回复 SYN,ACK（重复自己的初始序列号）。每个 SYN,ACK 都确认了一个 SYN，双方进入 ESTABLISHED：一个连接，四个报文段。",
      ),
    ],
    source: "RFC 9293 §3.5, Figure 7",
  },
  {
    slug: "rst-vs-fin",
    concept: "resets",
    question: L("How does closing with RST differ from closing with FIN?", "用 RST 关闭与用 FIN 关闭有什么不同？"),
    answer: [
      L(
        "FIN is orderly: it follows all data already sent, takes a sequence number, is acknowledged and retransmitted, closes one direction only, and the first closer waits in TIME-WAIT.",
        "FIN 是有序关闭：它排在已发送的所有数据之后，占用一个序列号，会被确认和重传，只关闭一个方向，先关闭的一方还要在 TIME-WAIT 中等待。",
      ),
      L(
        "RST aborts: both directions end at once, data still queued or in flight is thrown away, the RST is never acknowledged or retransmitted, there is no TIME-WAIT, and the peer's application hears \"connection reset\".",
        "RST 是中止：两个方向立即结束，排队或在途的数据被丢弃，RST 从不被确认或重传，没有 TIME-WAIT，对方应用程序得到“连接被重置”。",
      ),
    ],
    source: "RFC 9293 §3.5.2, §3.10.5",
  },
  {
    slug: "rst-must-match",
    concept: "resets",
    question: L("Why must a RST's sequence number equal RCV.NXT exactly to reset a connection?", "为什么 RST 的序列号必须恰好等于 RCV.NXT 才能重置连接？"),
    answer: [
      L(
        "RFC 5961: if any RST inside the window were accepted, an attacker who guessed roughly where the window lies could kill the connection. A RST at exactly RCV.NXT resets; one elsewhere in the window gets a challenge ACK, which a real peer answers with a RST at the right number.",
        "RFC 5961：如果接受窗口内任意位置的 RST，攻击者只要大致猜到窗口位置就能断开连接。只有恰好位于 RCV.NXT 的 RST 才会重置连接；窗口内其他位置的 RST 只会得到挑战 ACK，真正的对端会用序列号正确的 RST 回应。",
      ),
    ],
    source: "RFC 5961 §3",
  },
  {
    slug: "half-open",
    concept: "resets",
    question: L("What is a half-open connection, and how does it end?", "什么是半开连接？它如何结束？"),
    answer: [
      L(
        "One side's host crashed and lost the connection while the other still believes it is open. The next segment the survivor sends reaches a CLOSED endpoint, which answers with a RST; the survivor then aborts (RFC 9293 Figure 11).",
        "一方主机崩溃，丢失了连接状态，而另一方仍以为连接是打开的。存活一方发出的下一个报文段到达处于 CLOSED 的端点，后者回复 RST，存活一方随即中止连接（RFC 9293 图 11）。",
      ),
    ],
    source: "RFC 9293 §3.5.1",
  },
  {
    slug: "retransmission-backoff",
    concept: "loss",
    question: L("How does TCP retransmit a lost SYN, FIN or data segment?", "TCP 如何重传丢失的 SYN、FIN 或数据报文段？"),
    answer: [
      L(
        "Everything that takes sequence space waits for its ACK. When the retransmission timer (RTO, 1 s at first per RFC 6298) expires, the segment is sent again with the same sequence number, and the timeout doubles for the next try: 1 s, 2 s, 4 s...",
        "凡是占用序列号空间的报文段都要等待确认。重传计时器（RTO，按 RFC 6298 初始为 1 秒）到期时，该报文段以相同的序列号重新发送，下一次的超时时间加倍：1 秒、2 秒、4 秒……",
      ),
      L(
        "After a number of tries the connection is given up and the application hears \"connection timed out\". A lost pure ACK is never retransmitted: the peer's retransmission makes the receiver send it again.",
        "重试一定次数后放弃连接，应用程序得到“连接超时”。丢失的纯 ACK 不会被重传：对方重传报文段时，接收方会再次发送 ACK。",
      ),
    ],
    source: "RFC 9293 §3.8.1, RFC 6298",
  },
  ...TOPIC_CONCEPT_CARDS,
];

export function renderConceptCard(spec: ConceptCardSpec, locale: Locale): ConceptCardView {
  return {
    kind: "concept",
    id: `concept:${spec.slug}`,
    concept: spec.concept,
    question: spec.question[locale],
    answer: spec.answer.map((p) => p[locale]),
    source: spec.source,
  };
}
