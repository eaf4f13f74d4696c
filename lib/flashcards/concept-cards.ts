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
        'With two, the opener could not refuse an old duplicate SYN. With three, when B answers a SYN that A never sent (an old duplicate), A sends a RST in place of the third segment, the ACK, to say "not this one", and B returns to LISTEN (RFC 9293 Figure 8).',
        "如果只有两次，发起方就无法拒绝历史重复的 SYN。有了第三次握手，当 B 回应的是 A 并未发出的 SYN（一个历史重复报文段）时，A 用 RST 代替第三个报文段（ACK），表示“不是这个连接”，B 随即回到 LISTEN（RFC 9293 图 8）。",
      ),
    ],
    source: "RFC 9293 §3.5",
  },
  {
    slug: "why-four-segments-to-close",
    concept: "why-three-four",
    question: L("Why does closing usually take four segments?", "为什么关闭连接通常需要四个报文段（四次挥手）？"),
    answer: [
      L(
        "Each direction is closed on its own. When B receives A's FIN it acknowledges it at once, but B's application may still have data to send, so B's own FIN comes later, when that application closes: ACK and FIN go in separate segments.",
        "两个方向分别关闭。B 收到 A 的 FIN 后立即确认，但 B 的应用程序可能还有数据要发送，所以 B 自己的 FIN 要等应用程序关闭时才发出：ACK 与 FIN 分在两个报文段里。",
      ),
      L(
        "If B has nothing left and closes before its ACK goes out, the FIN rides on the ACK and the close takes three segments.",
        "如果 B 已无数据，并且在 ACK 发出之前就关闭，B 的 FIN 就会捎带这个 ACK，关闭只需三个报文段，即三次挥手（FIN 捎带 ACK）。",
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
      L("A pure ACK occupies none: it is never acknowledged and never retransmitted.", "纯 ACK 不占用序列号：它既不会被确认，也不会被重传。"),
    ],
    source: "RFC 9293 §3.4",
  },
  {
    slug: "why-random-isn",
    concept: "handshake-numbers",
    question: L("Why doesn't a connection start its sequence numbers at 0?", "为什么连接的序列号不从 0 开始？"),
    answer: [
      L(
        "A new connection between the same socket pair (the same addresses and ports) could otherwise accept delayed segments of an earlier one, whose numbers would fall in its window. The ISN is a clock count plus a pseudorandom hash of the connection's 4-tuple and a secret key (RFC 9293 section 3.4.1, RFC 6528), which also makes it hard for an off-path attacker to guess.",
        "否则，同一套接字对（四元组）之间的新连接可能会接受旧连接迟到的报文段，因为它们的序列号会落在新连接的窗口内。初始序列号 = 时钟计数值 + 由连接四元组和密钥算出的伪随机散列值（RFC 9293 第 3.4.1 节，RFC 6528），这也让不在路径上的攻击者难以猜中。",
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
    concept: "teardown-states",
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
    slug: "close-numbers",
    concept: "teardown-numbers",
    question: L(
      "A sends FIN seq=x and B's next sequence number is y. Which numbers do the other segments of the close carry?",
      "A 发送 FIN seq=x，B 的下一个序列号是 y。关闭过程中其他报文段的序列号和确认号是多少？",
    ),
    answer: [
      L(
        "A FIN occupies one sequence number, like a byte of data. So B acknowledges A's FIN with ack = x + 1, B's own FIN carries seq = y, and A's last ACK carries seq = x + 1 and ack = y + 1.",
        "FIN 像一个字节的数据一样占用一个序列号。所以 B 用 ack = x + 1 确认 A 的 FIN，B 自己的 FIN 的 seq = y，A 的最后一个 ACK 的 seq = x + 1，ack = y + 1。",
      ),
      L(
        "If B still sends n bytes in CLOSE-WAIT, they take y to y + n - 1, and B's FIN moves up to seq = y + n. The numbers wrap around modulo 2^32.",
        "如果 B 在 CLOSE-WAIT 中还发送了 n 字节数据，它们占用 y 到 y + n - 1，B 的 FIN 随之变为 seq = y + n。所有序列号都按 2^32 取模回绕。",
      ),
    ],
    source: "RFC 9293 §3.4, §3.6",
  },
  {
    slug: "half-close-allows",
    concept: "half-close",
    question: L("What does the half-close allow?", "半关闭允许做什么？"),
    answer: [
      L(
        'A FIN only says "I have no more data". The other direction stays open: the side in CLOSE-WAIT can keep sending, and the side in FIN-WAIT-2 keeps receiving and acknowledging, until the second FIN.',
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
        "MSL is the longest a segment may live in the network. If the last ACK is lost, the peer retransmits its FIN, and the endpoint must still be there to acknowledge it: 2 MSL allows one lifetime for the ACK going out and one for a FIN coming back.",
        "MSL 是报文段在网络中可以存活的最长时间。如果最后一个 ACK 丢失，对方会重传 FIN，这时端点必须仍在，才能再次确认：2MSL 为发出的 ACK 和返回的 FIN 各留出一个报文段寿命。",
      ),
      L(
        "It is not a promise that no FIN can come later: each FIN that arrives in TIME-WAIT is acknowledged again and restarts the 2 MSL timer (RFC 9293 section 3.10.7.4), so the wait counts from the last FIN received.",
        "这并不保证之后不会再有 FIN 到达：在 TIME-WAIT 中每收到一个 FIN，端点都会再次确认，并重新启动 2MSL 计时器（RFC 9293 第 3.10.7.4 节），所以等待时间从收到最后一个 FIN 时算起。",
      ),
      L(
        "The same wait lets every old segment of the connection, in either direction, die out before the same socket pair (addresses and ports) is used again.",
        "同样的等待也让该连接在两个方向上的所有旧报文段都在网络中消失，之后同一套接字对（四元组）才会再次使用。",
      ),
    ],
    source: "RFC 9293 §3.6.1, §3.10.7.4",
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
        "2. Old duplicates: a delayed segment of this connection could otherwise be taken as data of a new connection between the same socket pair (the same addresses and ports).",
        "2. 历史重复报文段：否则本连接迟到的报文段可能会被同一套接字对（四元组）之间的新连接当作数据接收。",
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
        "RFC 9293 takes MSL to be 2 minutes (section 3.4.2), and the side that closes first waits 2 × MSL in TIME-WAIT (section 3.6.1): 4 minutes. Real stacks choose shorter values, such as an MSL of 30 s or 60 s; the rule stays TIME-WAIT = 2 × MSL.",
        "RFC 9293 取 MSL 为 2 分钟（第 3.4.2 节），先关闭的一方要在 TIME-WAIT 中等待 2 × MSL（第 3.6.1 节），即 4 分钟。实际的协议栈常用更短的值，例如 30 秒或 60 秒的 MSL；规则始终是 TIME-WAIT = 2 × MSL。",
      ),
    ],
    source: "RFC 9293 §3.4.2, §3.6.1",
  },
  {
    slug: "three-segment-close",
    concept: "three-segment-close",
    question: L("When does a close take only three segments?", "什么情况下关闭连接只需要三个报文段（三次挥手）？"),
    answer: [
      L(
        "When the side that receives the first FIN has nothing more to send and closes before its ACK leaves, typically because the ACK was delayed (this simulator delays an ACK up to 0.2 s; RFC 9293 only requires less than 0.5 s). Its FIN then carries the ACK: FIN, FIN,ACK, ACK.",
        "当收到第一个 FIN 的一方已无数据可发，并在它的 ACK 发出之前就关闭时（通常是因为 ACK 被延迟；本模拟器最多延迟 0.2 秒，RFC 9293 只要求小于 0.5 秒），它的 FIN 会捎带这个 ACK：FIN、FIN,ACK、ACK。",
      ),
      L(
        "The first closer then goes from FIN-WAIT-1 straight to TIME-WAIT, skipping FIN-WAIT-2.",
        "先关闭的一方随之从 FIN-WAIT-1 直接进入 TIME-WAIT，跳过 FIN-WAIT-2。",
      ),
    ],
    source: "RFC 9293 §3.6, §3.8.6.3, RFC 1122 §4.2.3.2",
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
        'RST aborts: both directions end at once, data still queued or in flight is thrown away, the RST is never acknowledged or retransmitted, there is no TIME-WAIT, and the peer\'s application hears "connection reset".',
        "RST 是中止：两个方向立即结束，排队或在途的数据被丢弃，RST 从不被确认或重传，没有 TIME-WAIT，对方应用程序得到“连接被复位”（connection reset）。",
      ),
    ],
    source: "RFC 9293 §3.5.2, §3.10.5",
  },
  {
    slug: "rst-must-match",
    concept: "resets",
    question: L("Why must a RST's sequence number equal RCV.NXT exactly to reset a connection?", "为什么 RST 的序列号必须恰好等于 RCV.NXT 才能使连接复位？"),
    answer: [
      L(
        "RFC 5961: if any RST inside the window were accepted, an attacker who guessed roughly where the window lies could kill the connection. A RST at exactly RCV.NXT resets; one elsewhere in the window gets a challenge ACK, which a real peer answers with a RST at the right number.",
        "RFC 5961：如果接受窗口内任意位置的 RST，攻击者只要大致猜到窗口位置就能断开连接。只有恰好位于 RCV.NXT 的 RST 才会使连接复位；窗口内其他位置的 RST 只会得到挑战 ACK，真正的对端会用序列号正确的 RST 回应。",
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
        "One side's host crashed and lost the connection while the other still believes it is open. The next segment the survivor sends reaches a CLOSED endpoint, which answers with a RST; the survivor then aborts (RFC 9293 Figure 10).",
        "一方主机崩溃，丢失了连接状态，而另一方仍以为连接是打开的。存活一方发出的下一个报文段到达处于 CLOSED 状态的端点，后者回复 RST，存活一方随即中止连接（RFC 9293 图 10）。",
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
        'After a number of tries the connection is given up and the application hears "connection timed out". A lost pure ACK is never retransmitted: the peer\'s retransmission makes the receiver send it again.',
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
