import type { ConceptCardSpec } from "./concept-cards";
import type { Localized } from "./types";

/** Concept cards of the topics added for issue 11, in both languages; the wording is Handshake's own. */

const L = (en: string, zh: string): Localized => ({ en, zh });

export const TOPIC_CONCEPT_CARDS: readonly ConceptCardSpec[] = [
  {
    slug: "syn-flood",
    concept: "syn-flood",
    question: L("What does a SYN flood fill, and why does it work?", "SYN 洪泛占满的是什么？它为什么有效？"),
    answer: [
      L(
        "The attacker sends many SYNs from forged addresses. For each one the server sends a SYN,ACK and keeps a half-open entry in its SYN queue, waiting for an ACK that never comes; the entry stays until the server has retransmitted its SYN,ACK several times and gives up.",
        "攻击者从伪造的地址发送大量 SYN。服务器对每个 SYN 都发送 SYN,ACK，并在半连接队列中保存一个半开条目，等待永远不会到来的 ACK；该条目要等服务器重传 SYN,ACK 若干次并放弃后才被删除。",
      ),
      L(
        "Once the SYN queue is full, the SYNs of real clients find no room: the attack costs the attacker one small segment per entry.",
        "半连接队列占满后，真正客户端的 SYN 就找不到空位：攻击者每占用一个条目只需付出一个很小的报文段。",
      ),
    ],
    source: "RFC 4987 §2-3, Kurose & Ross 3.5.6",
  },
  {
    slug: "syn-cookie",
    concept: "syn-flood",
    question: L("What does a SYN cookie encode, and why does the final ACK restore the connection?", "SYN cookie 编码了什么？为什么最后的 ACK 能恢复连接？"),
    answer: [
      L(
        "The server's ISN is chosen as a cookie: a few bits of a slow clock, an index of the client's MSS, and a keyed hash of the addresses, ports, the client's ISN and the time. The server keeps nothing after sending the SYN,ACK.",
        "服务器把初始序列号选为 cookie：若干位慢速时钟、客户端 MSS 的索引，以及由地址、端口、客户端 ISN 和时间算出的带密钥散列值。发出 SYN,ACK 后，服务器不保存任何状态。",
      ),
      L(
        "The client's ACK carries ack = cookie + 1 and seq = its ISN + 1, so the server recomputes the hash from the ACK alone and, if it matches, builds the connection. Options beyond the encoded MSS (window scaling, SACK) are lost unless timestamps carry them.",
        "客户端的 ACK 携带 ack = cookie + 1 和 seq = 其 ISN + 1，服务器仅凭这个 ACK 就能重新计算散列值，若一致就建立连接。编码的 MSS 之外的选项（窗口缩放、SACK）会丢失，除非用时间戳携带。",
      ),
    ],
    source: "RFC 4987 §3.6",
  },
  {
    slug: "syn-queue-accept-queue",
    concept: "syn-flood",
    question: L(
      "What are the SYN queue and the accept queue, and what does listen's backlog limit?",
      "什么是半连接队列和全连接队列？listen 的 backlog 限制的是什么？",
    ),
    answer: [
      L(
        "The SYN queue holds connections in SYN-RECEIVED (SYN received, SYN,ACK sent); the accept queue holds connections whose handshake is complete and that the application has not taken with accept yet.",
        "半连接队列保存处于 SYN-RECEIVED 的连接（已收到 SYN、已发出 SYN,ACK）；全连接队列保存已完成握手、但应用尚未用 accept 取走的连接。",
      ),
      L(
        "On Linux, listen's backlog limits the accept queue. When it is full, the ACK that would complete a handshake is ignored: the connection stays in SYN-RECEIVED and the server retransmits its SYN,ACK, although the client already thinks it is ESTABLISHED.",
        "在 Linux 上，listen 的 backlog 限制的是全连接队列。队列满时，本可完成握手的 ACK 会被忽略：连接停留在 SYN-RECEIVED，服务器重传 SYN,ACK，尽管客户端已认为自己处于 ESTABLISHED。",
      ),
    ],
    source: "RFC 9293 §3.10.1, Linux listen(2)",
  },
  {
    slug: "lost-syn-ack",
    concept: "handshake-loss",
    question: L("A server's SYN,ACK is lost. Who retransmits what?", "服务器的 SYN,ACK 丢失了。谁重传什么？"),
    answer: [
      L(
        "Both: the client's SYN timer expires and it sends its SYN again; the server's SYN,ACK timer expires and it sends its SYN,ACK again, since its SYN occupies a sequence number too.",
        "双方都会重传：客户端的 SYN 计时器到期后重传 SYN；服务器的 SYN,ACK 计时器到期后重传 SYN,ACK，因为它的 SYN 同样占用一个序列号。",
      ),
      L(
        "A repeated SYN arriving in SYN-RECEIVED gets only a bare ACK (RFC 9293); the handshake completes when the retransmitted SYN,ACK arrives.",
        "在 SYN-RECEIVED 状态收到的重复 SYN 只得到纯 ACK（RFC 9293）；重传的 SYN,ACK 到达时握手才完成。",
      ),
    ],
    source: "RFC 9293 §3.10.7.4, §3.10.8",
  },
  {
    slug: "connect-give-up",
    concept: "handshake-loss",
    question: L("How long does connect try before it gives up?", "connect 尝试多久才会放弃？"),
    answer: [
      L(
        "With an initial timeout r doubled after every try and n retransmissions allowed, the SYNs leave at 0, r, 3r, 7r... and after the last one the sender waits one more doubled timeout: it gives up at r x (2^(n+1) - 1).",
        "初始超时为 r、每次重试后加倍、最多重传 n 次时，SYN 在 0、r、3r、7r……时刻发出，最后一次重传之后还要再等一个加倍后的超时时间：总共等待 r 乘以 2 的 n+1 次方减 1，然后放弃。",
      ),
      L("Linux's default (r = 1 s, 6 SYN retries) gives 127 s.", "Linux 的默认值（r = 1 秒，重试 6 次）得到 127 秒。"),
    ],
    source: "RFC 6298 §5, RFC 9293 §3.8.3",
  },
  {
    slug: "isn-rfc6528",
    concept: "sequence-space",
    question: L("How should a TCP choose its initial sequence number?", "TCP 应如何选择初始序列号？"),
    answer: [
      L(
        "ISN = M + F(local address, local port, remote address, remote port, secret key): M is a clock that ticks every 4 microseconds, F a keyed hash such as SipHash.",
        "ISN 等于 M 加 F：M 是每 4 微秒加 1 的时钟，F 是以本地地址、本地端口、远端地址、远端端口和密钥为输入的带密钥散列函数，例如 SipHash。",
      ),
      L(
        "The clock keeps successive incarnations of one connection apart; the hash makes ISNs differ per 4-tuple and unpredictable to an off-path attacker.",
        "时钟使同一连接的相继化身彼此错开；散列值使每个四元组的 ISN 各不相同，且路径外的攻击者无法预测。",
      ),
    ],
    source: "RFC 9293 §3.4.1, RFC 6528",
  },
  {
    slug: "sequence-wrap",
    concept: "sequence-space",
    question: L(
      "How soon do sequence numbers wrap, and how much can one connection send before they repeat?",
      "序列号多快回绕？一个连接在序列号重复之前能发送多少数据？",
    ),
    answer: [
      L(
        "The space has 2^32 numbers, one per byte: 2^32 bytes (4 GiB) can be sent before a number repeats.",
        "序列号空间有 2^32 个，每字节一个：在序列号重复之前可以发送 2^32 字节（4 GiB）。",
      ),
      L(
        "At r bytes per second they wrap after 2^32 / r seconds: about 34 s at 1 Gbit/s, 3.4 s at 10 Gbit/s, which is why fast links need timestamps (PAWS, RFC 7323).",
        "以每秒 r 字节发送时，2^32 / r 秒后回绕：1 Gbit/s 时约 34 秒，10 Gbit/s 时约 3.4 秒，所以高速链路需要时间戳（PAWS，RFC 7323）。",
      ),
    ],
    source: "RFC 9293 §3.4, RFC 7323",
  },
  {
    slug: "cumulative-ack",
    concept: "data-phase",
    question: L("What does one acknowledgment number acknowledge?", "一个确认号确认了什么？"),
    answer: [
      L(
        'Every byte before it: ack = n says "I have everything up to n - 1, send n next". One ACK can cover several segments, and a lost ACK is made good by any later one.',
        "确认号之前的所有字节：ack = n 表示“n - 1 及之前的都已收到，接下来请发 n”。一个 ACK 可以覆盖多个报文段，丢失的 ACK 会被之后的任何 ACK 弥补。",
      ),
      L(
        "In the Telnet echo, the echo of one character carries seq = the client's ack and ack = the client's seq + 1: the ACK rides on the data.",
        "在 Telnet 回显中，回显一个字符的报文段携带 seq = 客户端的 ack、ack = 客户端的 seq + 1：ACK 捎带在数据上。",
      ),
    ],
    source: "RFC 9293 §3.4, Kurose & Ross 3.5.2",
  },
  {
    slug: "keep-alive",
    concept: "half-open",
    question: L("How does keep-alive find a half-open connection?", "保活机制如何发现半开连接？"),
    answer: [
      L(
        "After a long idle time (2 hours by default) the endpoint sends a probe that repeats its last acknowledged byte, <SEQ=SND.NXT-1><ACK=RCV.NXT>, so the peer must answer.",
        "空闲很长时间（默认 2 小时）后，端点发送一个重复最后一个已确认字节的探测报文段 <SEQ=SND.NXT-1><ACK=RCV.NXT>，迫使对端应答。",
      ),
      L(
        "A live peer answers with an ACK; a peer that rebooted answers with a RST, which resets the connection; silence after several probes, an interval apart, gives the connection up.",
        "存活的对端用 ACK 应答；重启过的对端用 RST 应答，从而复位连接；若间隔发送若干个探测报文段后仍无应答，就放弃连接。",
      ),
    ],
    source: "RFC 9293 §3.8.4, RFC 1122 §4.2.3.6",
  },
  {
    slug: "challenge-ack",
    concept: "rst-validation",
    question: L("What is a challenge ACK, and when is it sent?", "什么是挑战 ACK？什么时候发送？"),
    answer: [
      L(
        "An ACK with the receiver's current numbers, <SEQ=SND.NXT><ACK=RCV.NXT>, sent instead of acting on a RST that is in the window but not exactly at RCV.NXT, or on any SYN in a synchronized state.",
        "一个携带接收方当前序列号和确认号的 ACK：<SEQ=SND.NXT><ACK=RCV.NXT>。当收到在窗口内但序列号不恰为 RCV.NXT 的 RST，或在已同步状态下收到任何 SYN 时，发送它而不执行 RST 或 SYN。",
      ),
      L(
        "A genuine peer that really wants to reset answers with a RST exactly at RCV.NXT; a blind attacker, who cannot see the ACK, cannot.",
        "真正想复位连接的对端会用序列号恰为 RCV.NXT 的 RST 应答；看不到这个 ACK 的盲攻击者则做不到。",
      ),
    ],
    source: "RFC 5961 §3-4",
  },
  {
    slug: "close-wait-pile-up",
    concept: "lingering",
    question: L("Why do CLOSE-WAIT connections pile up on a server?", "为什么服务器上会堆积 CLOSE-WAIT 连接？"),
    answer: [
      L(
        "CLOSE-WAIT means the peer has sent its FIN and this side's application has not called close yet. TCP cannot leave CLOSE-WAIT on its own: only the application's close sends the FIN.",
        "CLOSE-WAIT 表示对端已发送 FIN，而本端的应用尚未调用 close。TCP 无法自行离开 CLOSE-WAIT：只有应用调用 close 才会发出 FIN。",
      ),
      L(
        "Many CLOSE-WAIT sockets therefore point to an application that forgets to close; the peers sit in FIN-WAIT-2 until their own timeout, if their stack has one.",
        "因此大量 CLOSE-WAIT 套接字说明应用忘记了调用 close；对端则停留在 FIN-WAIT-2，直到它们自己的超时（如果其协议栈有的话）。",
      ),
    ],
    source: "RFC 9293 §3.6, §3.10.4",
  },
  {
    slug: "time-wait-reuse",
    concept: "lingering",
    question: L("Can a new SYN reopen a connection in TIME-WAIT?", "新的 SYN 能否重新打开处于 TIME-WAIT 的连接？"),
    answer: [
      L(
        "RFC 9293 lets a stack accept a new SYN in TIME-WAIT if its ISN for the new connection is larger than any sequence number the old one used, and it returns to TIME-WAIT if the SYN turns out to be an old duplicate.",
        "RFC 9293 允许协议栈在 TIME-WAIT 状态接受新的 SYN，条件是新连接的 ISN 大于旧连接用过的任何序列号，并且若该 SYN 被证明是历史重复报文段，则回到 TIME-WAIT。",
      ),
      L(
        "RFC 6191 uses timestamps for the same test. SO_REUSEADDR is a different matter: it lets a server bind its listening port while old connections on it are still in TIME-WAIT.",
        "RFC 6191 用时间戳做同样的判断。SO_REUSEADDR 是另一回事：它让服务器在该端口上仍有处于 TIME-WAIT 的旧连接时，也能绑定这个监听端口。",
      ),
    ],
    source: "RFC 9293 §3.6.1, RFC 6191",
  },
  {
    slug: "socket-pair",
    concept: "socket-pair",
    question: L("What does TIME-WAIT block: a port, or something smaller?", "TIME-WAIT 占用的是一个端口，还是更小的东西？"),
    answer: [
      L(
        "A connection is named by its socket pair, the 4-tuple of both addresses and both ports. TIME-WAIT holds exactly one 4-tuple for 2 MSL.",
        "连接由其套接字对标识，即双方地址和双方端口组成的四元组。TIME-WAIT 在 2MSL 内只占用一个四元组。",
      ),
      L(
        "The same client connecting again from another port makes a different pair and opens at once; only reusing the very same pair must wait.",
        "同一客户端从另一个端口再次连接，构成另一个套接字对，可以立即建立；只有重复使用完全相同的套接字对才必须等待。",
      ),
    ],
    source: "RFC 9293 §3.1, §3.6.1",
  },
  {
    slug: "port-scan",
    concept: "port-scan",
    question: L("A SYN sent to a port: what do SYN,ACK, RST and silence mean?", "向某端口发送 SYN：收到 SYN,ACK、RST 和毫无应答分别意味着什么？"),
    answer: [
      L(
        "SYN,ACK: a socket is listening, the port is open. RST (RST,ACK): the host is there but nothing listens, the port is closed.",
        "SYN,ACK：有套接字在监听，端口开放。RST（RST,ACK）：主机存在但没有监听，端口关闭。",
      ),
      L(
        "No answer at all, even after retransmissions: a firewall dropped the SYN or the reply, the port is filtered. A TCP host itself always answers a SYN to a closed port with RST.",
        "重传之后仍毫无应答：防火墙丢弃了 SYN 或应答，端口被过滤。TCP 主机本身总会用 RST 应答发往关闭端口的 SYN。",
      ),
    ],
    source: "RFC 9293 §3.10.7.1-2",
  },
  {
    slug: "time-wait-assassination",
    concept: "time-wait",
    question: L("What is TIME-WAIT assassination, and how does RFC 1337 prevent it?", "什么是 TIME-WAIT 暗杀？RFC 1337 如何防止它？"),
    answer: [
      L(
        "An old duplicate segment reaches the endpoint in TIME-WAIT, which answers with an ACK. The peer has no connection any more and answers that ACK with a RST whose seq is the ACK's ack, exactly RCV.NXT; RFC 9293 accepts it and TIME-WAIT ends before its 2 MSL.",
        "一个历史重复报文段到达处于 TIME-WAIT 的一方，该方用 ACK 应答。对端已经没有连接，就用 RST 应答这个 ACK，而这个 RST 的 seq 等于该 ACK 的 ack，恰为 RCV.NXT；RFC 9293 接受这个 RST，TIME-WAIT 未满 2MSL 就结束了。",
      ),
      L(
        "With TIME-WAIT gone, later old duplicates can reach a new connection on the same socket pair. RFC 1337's fix is to drop every RST in TIME-WAIT; stacks offer it as an option (Linux: net.ipv4.tcp_rfc1337).",
        "TIME-WAIT 提前结束后，之后的历史重复报文段就可能混入同一套接字对上的新连接。RFC 1337 的修正是在 TIME-WAIT 中丢弃所有 RST；协议栈把它作为一个选项提供（Linux：net.ipv4.tcp_rfc1337）。",
      ),
    ],
    source: "RFC 1337, RFC 9293 §3.10.7.4",
  },
  {
    slug: "shutdown-versus-linger-zero",
    concept: "resets",
    question: L(
      "shutdown(SHUT_WR) or close() with SO_LINGER 0: what does the peer see?",
      "以 SHUT_WR 调用 shutdown()，或把 SO_LINGER 设为 0 后调用 close()：对方分别看到什么？",
    ),
    answer: [
      L(
        "shutdown(SHUT_WR) is TCP's CLOSE: a FIN goes after any queued data. The peer reads end-of-file, enters CLOSE-WAIT and may still send; the closer goes through FIN-WAIT and, usually, TIME-WAIT.",
        "以 SHUT_WR 调用 shutdown()，就是 TCP 的 CLOSE：在已排队的数据之后发出 FIN。对方读取到文件结束，进入 CLOSE-WAIT，并且仍可以发送数据；关闭方经过 FIN-WAIT 状态，通常还要经过 TIME-WAIT。",
      ),
      L(
        "close() with SO_LINGER on and a linger time of 0 is TCP's ABORT: a RST goes at once, unsent data is thrown away, and the connection is deleted without TIME-WAIT. The peer's next read or write fails with \"connection reset\".",
        "把 SO_LINGER 设为开启且逗留时间为 0 后调用 close()，就是 TCP 的 ABORT：立即发出 RST，丢弃尚未发送的数据，连接被删除且不经过 TIME-WAIT。对方下一次读或写会以“连接被复位”（connection reset）失败。",
      ),
    ],
    source: "RFC 9293 §3.10.4, §3.10.5",
  },
  {
    slug: "close-before-established",
    concept: "handshake-states",
    question: L("What does CLOSE do in LISTEN, in SYN-SENT and in SYN-RECEIVED?", "在 LISTEN、SYN-SENT 和 SYN-RECEIVED 状态调用 CLOSE 会怎样？"),
    answer: [
      L(
        "In LISTEN and SYN-SENT nothing is synchronized yet: the TCB is deleted and the endpoint is CLOSED, with nothing sent.",
        "在 LISTEN 和 SYN-SENT 状态双方尚未同步：删除 TCB，端点进入 CLOSED，不发送任何报文段。",
      ),
      L(
        "In SYN-RECEIVED the peer's SYN is already acknowledged, so the connection is closed properly: a FIN, and FIN-WAIT-1. If data is queued, the CLOSE waits behind it until the connection is ESTABLISHED.",
        "在 SYN-RECEIVED 状态，对方的 SYN 已被确认，因此要正常关闭连接：发送 FIN，进入 FIN-WAIT-1。如果有数据在排队，CLOSE 要排在数据之后，等连接进入 ESTABLISHED 再处理。",
      ),
    ],
    source: "RFC 9293 §3.10.4",
  },
  {
    slug: "mss-option",
    concept: "data-phase",
    question: L("What does the MSS option in a SYN say, and what if it is missing?", "SYN 中的 MSS 选项说明了什么？如果没有这个选项会怎样？"),
    answer: [
      L(
        "It tells the peer the largest segment, in data octets without headers, that the SYN's sender can receive. It travels only in SYN and SYN,ACK segments; each side then sends at most the smaller of the peer's MSS and its own limit per segment.",
        "它告诉对方：该 SYN 的发送方能接收的最大报文段有多少数据字节（不含首部）。它只出现在 SYN 和 SYN,ACK 中；此后每一方发送的每个报文段最多携带对方的 MSS 与自己上限中较小者的数据。",
      ),
      L(
        "Without the option, a sender must assume the peer accepts 536 octets (576 minus 40 octets of IPv4 and TCP headers).",
        "如果没有这个选项，发送方必须假定对方能接收 536 字节（576 减去 IPv4 和 TCP 首部的 40 字节）。",
      ),
    ],
    source: "RFC 9293 §3.7.1",
  },
];
