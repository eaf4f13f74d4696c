import { openConnection } from "../../content/scenario-builder";
import { L } from "../../content/text";
import { seqAdd } from "../../tcp";
import { lastStep, lessonBuilder, waitForTimer } from "../build";
import type { LessonSpec } from "../types";

/** Lessons on resets and what they reveal: RST rules, RFC 5961 checks, half-open connections, scans, socket pairs. */

export const resets: LessonSpec = {
  concept: "resets",
  what: L(
    'A reset (RST) says "this connection does not exist, or no longer does". A host sends one for a segment that belongs to no connection, and an application sends one when it aborts a connection instead of closing it.',
    "复位（RST）的意思是“这个连接不存在，或者已经不存在了”。主机收到不属于任何连接的报文段时发送 RST；应用中止（ABORT）而不是关闭连接时，也会发送 RST。",
  ),
  rule: L(
    "A segment arriving where no connection exists is answered with a RST, unless it is a RST itself. If it carried ACK, the RST takes its seq from that ACK (<SEQ=SEG.ACK><CTL=RST>); otherwise the RST has seq 0 and acknowledges the segment (<SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>). ABORT drops a connection at once: in a synchronized state it sends a RST, no FIN, and discards queued data; in LISTEN, SYN-SENT, CLOSING, LAST-ACK and TIME-WAIT it sends nothing. An accepted RST ends the connection (a passive SYN-RECEIVED returns to LISTEN), and a RST is never acknowledged. In the sockets API, close with SO_LINGER set to 0 aborts.",
    "到达一个不存在连接之处的报文段会得到 RST 应答，除非它本身就是 RST。如果该报文段置了 ACK 位，RST 的 seq 取自它的确认号（<SEQ=SEG.ACK><CTL=RST>）；否则 RST 的 seq 为 0，并确认该报文段（<SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>）。中止（ABORT）立即释放连接：在已同步的状态下发送 RST（不发送 FIN），并丢弃排队的数据；在 LISTEN、SYN-SENT、CLOSING、LAST-ACK 和 TIME-WAIT 状态下不发送任何报文段。被接受的 RST 会结束连接（被动打开的 SYN-RECEIVED 回到 LISTEN），RST 从不被确认。在套接字 API 中，把 SO_LINGER 设为 0 后调用 close 就是中止连接。",
  ),
  citations: [
    { rfc: 9293, section: "3.5.2" },
    { rfc: 9293, section: "3.5.3" },
    { rfc: 9293, section: "3.10.5" },
    { rfc: 9293, section: "3.10.7.1" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 1000, B: 5000 } });
    b.call("connect", "A");
    const syn = b.deliver({ from: "A", flags: ["SYN"] });
    const rst = b.deliver({ from: "B", flags: ["RST"] });
    const refused = lastStep(b);
    b.step({ call: "listen", on: "B" });
    b.step({ call: "connect", on: "A", isn: 1800 });
    b.settle();
    const abort = b.call("abort", "A");
    const abortRst = b.deliver({ from: "A", flags: ["RST"] });
    const reset = lastStep(b);
    return {
      scenario: b.scenario(),
      setup: L(
        "A connects to B before B listens. Later B listens, A connects again, and then A's application aborts.",
        "B 还没有监听时，A 就发起了连接。之后 B 开始监听，A 再次连接，随后 A 的应用中止了连接。",
      ),
      narration: [
        L(
          `No socket listens at B, so B answers {seg:${syn}} with {seg:${rst}}: the SYN carried no ACK, so the RST acknowledges it. A is {state:${refused}:A}: connection refused.`,
          `B 上没有套接字在监听，所以 B 用 {seg:${rst}} 应答 {seg:${syn}}：SYN 不带 ACK，所以 RST 要确认它。A 进入 {state:${refused}:A}：连接被拒绝。`,
        ),
        L(
          `On the second try B listens and the connection opens. Then A aborts: it sends {seg:${abortRst}}, no FIN, and is {state:${abort}:A} at once.`,
          `第二次尝试时 B 正在监听，连接建立了。随后 A 中止连接：它发出 {seg:${abortRst}}，不发送 FIN，并立即进入 {state:${abort}:A}。`,
        ),
        L(
          `The RST's seq is exactly what B expects, so B accepts it and is {state:${reset}:B} (connection reset). Nobody answers a RST.`,
          `这个 RST 的 seq 恰好是 B 期望的序列号，所以 B 接受它并进入 {state:${reset}:B}（连接被复位）。没有人会应答 RST。`,
        ),
      ],
      highlightSegments: [rst, abortRst],
    };
  },
  misconceptions: ["closed-port-ignores-syn", "rst-to-syn-without-ack", "abort-as-close", "abort-always-rst", "rst-acknowledged", "rst-ignored"],
};

export const rstValidation: LessonSpec = {
  concept: "rst-validation",
  what: L(
    "An attacker who is not on the path can still forge segments: if it guesses the addresses, the ports and a plausible sequence number, a forged RST could tear down someone else's connection. RFC 5961 makes such blind attacks much harder.",
    "不在通信路径上的攻击者仍然可以伪造报文段：只要猜中地址、端口和一个看似合理的序列号，伪造的 RST 就可能拆掉别人的连接。RFC 5961 让这种盲攻击难得多。",
  ),
  rule: L(
    "Before RFC 5961 any RST whose sequence number fell in the receive window reset the connection, so a blind attacker only had to land somewhere in the window. Now, in a synchronized state, a RST resets only if its seq is exactly RCV.NXT. A RST elsewhere in the window gets a challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, so that a genuine peer can answer with a RST at the exact number; a RST outside the window is dropped silently. A SYN in a synchronized state gets the same challenge ACK instead of resetting the connection.",
    "在 RFC 5961 之前，只要 RST 的序列号落在接收窗口内，连接就会被复位，所以盲攻击者只需猜中窗口中的任意位置。现在，在已同步的状态下，只有序列号恰为 RCV.NXT 的 RST 才会复位连接。窗口内其他位置的 RST 得到挑战 ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>，真正的对端随后可以用序列号恰好正确的 RST 应答；窗口外的 RST 被静默丢弃。已同步状态下收到的 SYN 也会得到同样的挑战 ACK，而不会复位连接。",
  ),
  citations: [
    { rfc: 5961, section: "3.2" },
    { rfc: 5961, section: "4.2" },
    { rfc: 9293, section: "3.10.7.4" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 2000, B: 6000 } });
    openConnection(b, "A", "B");
    b.send("A", 500);
    b.deliver({ from: "A", data: true });
    const ack = b.deliver({ from: "B", exactly: ["ACK"] });
    const rcvNxt = b.current.tcb.B.rcvNxt;
    const inWindow = b.inject("B", ["RST"], seqAdd(rcvNxt, 1000));
    b.step({ deliver: inWindow });
    const challengedAt = lastStep(b);
    const challenge = b.deliver({ from: "B", exactly: ["ACK"] });
    const outside = b.inject("B", ["RST"], seqAdd(rcvNxt, 200000));
    b.step({ deliver: outside });
    const droppedAt = lastStep(b);
    const exact = b.inject("B", ["RST"], rcvNxt);
    b.step({ deliver: exact });
    const resetAt = lastStep(b);
    return {
      scenario: b.scenario(),
      setup: L(
        "A and B have an open connection and A has sent some data. Then three forged RSTs reach B, one after the other.",
        "A 与 B 之间有一个已建立的连接，A 已发送了一些数据。随后三个伪造的 RST 先后到达 B。",
      ),
      narration: [
        L(
          `B's last ACK, {seg:${ack}}, shows what it expects next: {ack:${ack}}, its RCV.NXT.`,
          `B 最近的 ACK（{seg:${ack}}）表明它期望的下一个序列号是 {ack:${ack}}，即它的 RCV.NXT。`,
        ),
        L(
          `{seg:${inWindow}} lies inside the window but is not RCV.NXT: B stays {state:${challengedAt}:B} and sends a challenge ACK, {seg:${challenge}}.`,
          `{seg:${inWindow}} 落在窗口内，但不等于 RCV.NXT：B 保持 {state:${challengedAt}:B}，并发出挑战 ACK（{seg:${challenge}}）。`,
        ),
        L(
          `{seg:${outside}} lies outside the window: B drops it without a word and stays {state:${droppedAt}:B}.`,
          `{seg:${outside}} 落在窗口之外：B 不作任何应答就丢弃它，保持 {state:${droppedAt}:B}。`,
        ),
        L(
          `Only {seg:${exact}}, exactly at RCV.NXT, resets the connection: B is {state:${resetAt}:B}.`,
          `只有恰为 RCV.NXT 的 {seg:${exact}} 才会复位连接：B 进入 {state:${resetAt}:B}。`,
        ),
      ],
      highlightSegments: [inWindow, challenge],
    };
  },
  misconceptions: ["any-rst-resets", "in-window-rst-ignored", "out-of-window-rst-answered", "exact-rst-challenged", "syn-in-established-restarts"],
};

export const halfOpen: LessonSpec = {
  concept: "half-open",
  what: L(
    "A connection is half-open when one side has closed or forgotten it, for example after its host crashed, while the other side still believes it is open. Nothing tells the survivor until it sends something.",
    "当一方已经关闭或忘记了连接（例如主机崩溃之后），而另一方仍以为连接是打开的，这个连接就是半开连接。在幸存的一方发送报文段之前，没有任何东西会告诉它真相。",
  ),
  rule: L(
    "A host that lost the connection answers any segment of it with a RST, which resets the survivor (Figures 9 and 10). An idle connection can be checked with keep-alive, which is optional and off by default: after an idle time (by default no less than two hours, RFC 1122), the endpoint sends a probe that repeats its last acknowledged byte, <SEQ=SND.NXT-1><ACK=RCV.NXT>, which a live peer must answer with an ACK. While nothing arrives it sends one probe per interval, and after the last unanswered probe it waits one more interval and gives up.",
    "丢失了连接的主机会用 RST 应答这个连接的任何报文段，RST 使幸存的一方复位（图 9 和图 10）。空闲的连接可以用保活机制检查，它是可选的，默认关闭：空闲满一段时间后（RFC 1122 规定默认不少于两小时），端点发送一个重复最后一个已确认字节的探测报文段 <SEQ=SND.NXT-1><ACK=RCV.NXT>，存活的对端必须用 ACK 应答。只要没有收到任何报文段，它就每隔一个间隔时间发送一个探测报文段，最后一个探测报文段仍无应答时，再等一个间隔时间就放弃连接。",
  ),
  citations: [
    { rfc: 9293, section: "3.5.1" },
    { rfc: 9293, figure: 10 },
    { rfc: 9293, section: "3.8.4" },
    { rfc: 1122, section: "4.2.3.6" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 4000, B: 9000 }, keepAlive: { B: { idle: 60, interval: 10, probes: 3 } } });
    openConnection(b, "A", "B");
    const crash = b.crash("A");
    const idle = waitForTimer(b, "B", "keep-alive");
    const probe = b.deliver({ from: "B" });
    const rst = b.deliver({ from: "A", flags: ["RST"] });
    const reset = lastStep(b);
    return {
      scenario: b.scenario(),
      setup: L(
        "A and B have an idle open connection, and B uses keep-alive. A's host crashes and restarts.",
        "A 与 B 之间有一个空闲的已建立连接，B 启用了保活机制。A 的主机崩溃后重启。",
      ),
      narration: [
        L(
          `After the crash A has forgotten the connection ({state:${crash}:A}), while B still believes it is {state:${crash}:B}: the connection is half-open.`,
          `崩溃之后 A 已忘记这个连接（{state:${crash}:A}），而 B 仍以为它处于 {state:${crash}:B}：这是一个半开连接。`,
        ),
        L(
          `At t = {t:${idle}} s, after {cfg:keepAlive.B.idle} s with nothing received, B sends a probe, {seg:${probe}}: its seq is one below B's next sequence number, a number A has already acknowledged, so A must answer.`,
          `在 t = {t:${idle}} 秒时，即连续 {cfg:keepAlive.B.idle} 秒没有收到任何报文段之后，B 发出探测报文段（{seg:${probe}}）：它的 seq 比 B 的下一个序列号小一，是 A 已经确认过的序列号，所以 A 必须应答。`,
        ),
        L(
          `A has no connection for it and answers {seg:${rst}}. That RST's seq is exactly what B expects, so B resets: {state:${reset}:B}.`,
          `A 没有与之对应的连接，于是用 {seg:${rst}} 应答。这个 RST 的 seq 恰好是 B 期望的序列号，所以 B 复位：进入 {state:${reset}:B}。`,
        ),
      ],
      highlightSegments: [probe, rst],
    };
  },
  misconceptions: ["keepalive-probe-new-byte", "keepalive-idle-forgotten", "keepalive-gives-up-at-last-probe", "crashed-host-remembers"],
};

export const portScan: LessonSpec = {
  concept: "port-scan",
  what: L(
    "A port scanner sends a SYN to a port and reads the answer, without wanting a connection. The three possible outcomes are called open, closed and filtered.",
    "端口扫描器向一个端口发送 SYN 并观察应答，它并不想真正建立连接。可能的结果有三种：开放、关闭和被过滤。",
  ),
  rule: L(
    "A SYN,ACK means a socket is listening: the port is open (a SYN arriving in LISTEN). A RST means the host is there but nothing listens: the port is closed (a segment for no connection is answered with a RST). No answer at all, even after retransmitting the SYN, means something dropped the SYN or its answer, usually a firewall: the port is filtered. Hosts and firewalls do not always follow the RFC here: some drop segments for closed ports, so silence alone does not prove a firewall.",
    "收到 SYN,ACK 表示有套接字在监听：端口开放（SYN 到达处于 LISTEN 的套接字）。收到 RST 表示主机存在，但没有套接字在监听：端口关闭（不属于任何连接的报文段得到 RST 应答）。重传 SYN 后仍毫无应答，说明 SYN 或它的应答被丢弃了，通常是防火墙所为：端口被过滤。主机和防火墙并不总是遵循 RFC：有些会丢弃发往关闭端口的报文段，所以仅凭没有应答并不能证明有防火墙。",
  ),
  citations: [
    { rfc: 9293, section: "3.10.7.1" },
    { rfc: 9293, section: "3.10.7.2" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 3100, B: 7300 } });
    b.call("connect", "A");
    const syn1 = b.deliver({ from: "A", flags: ["SYN"] });
    const rst = b.deliver({ from: "B", flags: ["RST"] });
    const closed = lastStep(b);
    b.step({ call: "listen", on: "B" });
    b.step({ call: "connect", on: "A", isn: 3900 });
    const syn2 = b.deliver({ from: "A", flags: ["SYN"] });
    const synAck = b.deliver({ from: "B", flags: ["SYN", "ACK"] });
    const open = lastStep(b);
    return {
      scenario: b.scenario(),
      setup: L(
        "A probes B's port twice: first while nothing listens on it, then after B's application has started listening.",
        "A 两次探测 B 的端口：第一次时端口上没有套接字在监听，第二次时 B 的应用已经开始监听。",
      ),
      narration: [
        L(
          `The first probe, {seg:${syn1}}, gets {seg:${rst}}: the port is closed, and A's connect fails at once ({state:${closed}:A}).`,
          `第一次探测 {seg:${syn1}} 得到 {seg:${rst}}：端口关闭，A 的 connect 立即失败（{state:${closed}:A}）。`,
        ),
        L(
          `The second probe, {seg:${syn2}}, gets {seg:${synAck}}: the port is open, and A is {state:${open}:A}.`,
          `第二次探测 {seg:${syn2}} 得到 {seg:${synAck}}：端口开放，A 进入 {state:${open}:A}。`,
        ),
        L(
          "Had a firewall dropped the SYN, A would have seen nothing at all: the port would be reported as filtered.",
          "如果防火墙丢弃了 SYN，A 将什么也收不到：该端口会被报告为被过滤。",
        ),
      ],
      highlightSegments: [rst, synAck],
    };
  },
  misconceptions: ["synack-means-closed", "rst-means-filtered", "silence-means-closed", "silence-means-open", "any-answer-means-open"],
};

export const socketPair: LessonSpec = {
  concept: "socket-pair",
  what: L(
    "A TCP connection is identified by its socket pair: both IP addresses and both ports, a 4-tuple. One server port serves many connections at once, one for each client address and port.",
    "TCP 连接由它的套接字对（四元组）标识：双方的 IP 地址和双方的端口。服务器的一个端口可以同时为许多连接服务，每个客户端地址和端口对应一个连接。",
  ),
  rule: L(
    'TIME-WAIT keeps one socket pair from being used again for 2 MSL: an OPEN for a socket pair whose connection still exists, in any state but CLOSED or LISTEN, is refused with "connection already exists". A connection from another client port is another socket pair, and TIME-WAIT does not touch it. Clients pick a fresh ephemeral port for each connect, so TIME-WAIT rarely stands in their way.',
    "TIME-WAIT 使一个套接字对在 2MSL 内不能再次使用：如果一个套接字对的连接仍然存在（处于 CLOSED 和 LISTEN 以外的任何状态），针对它的 OPEN 调用会被拒绝，错误为“连接已存在”（connection already exists）。从客户端另一个端口发起的连接是另一个套接字对，TIME-WAIT 与它无关。客户端每次 connect 都会选一个新的临时端口，所以 TIME-WAIT 很少妨碍客户端。",
  ),
  citations: [
    { rfc: 9293, section: "3.6.1" },
    { rfc: 9293, section: "3.10.1" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 5200, B: 800 }, msl: 60, listener: {} });
    b.call("listen", "B");
    b.call("connect", "A");
    b.settle();
    b.call("close", "A");
    b.settle();
    b.call("close", "B");
    b.settle();
    const closedFirst = lastStep(b);
    b.wait(10);
    b.call("connect", "A", true);
    const refused = lastStep(b);
    b.step({ call: "connect", on: "A", port: 50001, isn: 9100 });
    const syn = b.deliver({ from: "A", flags: ["SYN"] });
    const synAck = b.deliver({ from: "B", flags: ["SYN", "ACK"] });
    return {
      scenario: b.scenario(),
      setup: L(
        "A connected to B and closed first, so that socket pair is in TIME-WAIT. Shortly after, A connects to B again: once from the same port, once from another.",
        "A 曾连接 B 并先关闭，所以这个套接字对处于 TIME-WAIT。不久之后 A 再次连接 B：一次从同一个端口，一次从另一个端口。",
      ),
      narration: [
        L(
          `A closed first and is in {state:${closedFirst}:A} for 2 MSL ({twice:msl} s).`,
          `A 先关闭，处于 {state:${closedFirst}:A}，要持续 2MSL（{twice:msl} 秒）。`,
        ),
        L(
          "A's own stack refuses the connect from the same port: that socket pair still exists (connection already exists), and no segment is sent.",
          "A 自己的协议栈拒绝从同一个端口发起的 connect：这个套接字对仍然存在（连接已存在，connection already exists），不会发送任何报文段。",
        ),
        L(
          `The connect from another port is another socket pair and goes ahead at once: {seg:${syn}} is answered with {seg:${synAck}}.`,
          `从另一个端口发起的 connect 属于另一个套接字对，可以立即进行：{seg:${syn}} 得到 {seg:${synAck}} 的应答。`,
        ),
      ],
      highlightSegments: [syn, synAck],
      refusedSteps: [refused],
    };
  },
  misconceptions: ["time-wait-blocks-port", "time-wait-pair-free"],
};
