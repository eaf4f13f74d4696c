import { pickBytes, pickIsns, pickSide, peerOf } from "./numbers";
import { Script } from "./script";
import { L, type EngineCardSpec } from "./spec";

// Opening a connection: the three-way handshake (RFC 9293 section 3.5, Figure 6), simultaneous
// open (Figure 7) and the old duplicate SYN that the third segment exists for (Figure 8).

export const OPEN_CARDS: readonly EngineCardSpec[] = [
  {
    slug: "closed-connect",
    concept: "handshake-states",
    build(rng) {
      const client = pickSide(rng);
      const isn = pickIsns(rng);
      return { script: new Script({ isn }).listen(peerOf(client)).connect(client), subject: client, vars: { iss: isn[client] } };
    },
    context: [L("{peer} is listening. {subject}'s initial sequence number (ISS) is {iss}.", "{peer} 正在监听。{subject} 的初始序列号（ISS）为 {iss}。")],
    rule: L(
      "An active OPEN sends a SYN carrying the ISS and waits in SYN-SENT for the peer's answer. The SYN takes one sequence number.",
      "主动打开时发送携带 ISS 的 SYN，并在 SYN-SENT 状态等待对方的回应。SYN 占用一个序列号。",
    ),
    expect: { from: "CLOSED", to: "SYN-SENT", sends: [["SYN"]] },
  },
  {
    slug: "listen-receives-syn",
    concept: "handshake-numbers",
    build(rng) {
      const client = pickSide(rng);
      const server = peerOf(client);
      const isn = pickIsns(rng);
      const script = new Script({ isn })
        .listen(server)
        .connect(client)
        .deliver({ from: client, flags: ["SYN"] });
      return { script, subject: server, vars: { iss: isn[server] } };
    },
    context: [L("{subject}'s initial sequence number (ISS) is {iss}.", "{subject} 的初始序列号（ISS）为 {iss}。")],
    rule: L(
      "A listening endpoint answers a SYN with SYN,ACK: its own SYN (seq = its ISS) and the ACK of the peer's SYN (ack = the SYN's seq + 1, because a SYN takes one sequence number). It waits in SYN-RECEIVED.",
      "处于 LISTEN 状态的一方用 SYN,ACK 回应 SYN：同时置 SYN 位和 ACK 位，SYN 带上自己的初始序列号（seq = 自己的 ISS），ACK 确认对方的 SYN（ack = SYN 的 seq + 1，因为 SYN 占用一个序列号）。随后在 SYN-RECEIVED 状态等待。",
    ),
    expect: { from: "LISTEN", to: "SYN-RECEIVED", sends: [["ACK", "SYN"]] },
  },
  {
    slug: "syn-sent-receives-syn-ack",
    concept: "handshake-numbers",
    build(rng) {
      const client = pickSide(rng);
      const server = peerOf(client);
      const script = new Script({ isn: pickIsns(rng) })
        .listen(server)
        .connect(client)
        .deliver({ from: client, flags: ["SYN"] })
        .deliver({ from: server, flags: ["ACK", "SYN"] });
      return { script, subject: client };
    },
    rule: L(
      "The SYN,ACK acknowledges our SYN, so the connection is established. The third segment acknowledges the peer's SYN: seq = ISS + 1, ack = the peer's ISN + 1.",
      "SYN,ACK 确认了我方的 SYN，连接随即建立。第三个报文段确认对方的 SYN：seq = ISS + 1，ack = 对方的初始序列号 + 1。",
    ),
    expect: { from: "SYN-SENT", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "syn-received-receives-ack",
    concept: "handshake-states",
    build(rng) {
      const client = pickSide(rng);
      return { script: new Script({ isn: pickIsns(rng) }).handshake(client), subject: peerOf(client) };
    },
    rule: L(
      "The ACK of its SYN completes the handshake: the server becomes ESTABLISHED. A pure ACK takes no sequence number, so it is never acknowledged: nothing is sent.",
      "收到对自己 SYN 的确认，握手完成，服务器进入 ESTABLISHED。纯 ACK 不占用序列号，因此不会被确认：不发送任何报文段。",
    ),
    expect: { from: "SYN-RECEIVED", to: "ESTABLISHED", sends: [] },
  },
  {
    slug: "syn-sent-close",
    concept: "handshake-states",
    build(rng) {
      const client = pickSide(rng);
      return { script: new Script({ isn: pickIsns(rng) }).listen(peerOf(client)).connect(client).close(client), subject: client };
    },
    context: [L("Its SYN is still on its way; no answer has arrived.", "它的 SYN 仍在途中，尚未收到任何回应。")],
    rule: L(
      "CLOSE in SYN-SENT simply deletes the connection (RFC 9293 section 3.10.4): nothing was synchronized, so no FIN is sent.",
      "在 SYN-SENT 状态调用 CLOSE 会直接删除连接（RFC 9293 第 3.10.4 节）：双方尚未同步，因此不发送 FIN。",
    ),
    expect: { from: "SYN-SENT", to: "CLOSED", sends: [] },
  },
  {
    slug: "established-send-first-data",
    concept: "handshake-numbers",
    build(rng) {
      const client = pickSide(rng);
      const sender = rng.chance(0.5) ? client : peerOf(client);
      return { script: new Script({ isn: pickIsns(rng) }).handshake(client).send(sender, pickBytes(rng)), subject: sender };
    },
    context: [L("The handshake has just completed; no data has been sent yet.", "握手刚刚完成，尚未发送任何数据。")],
    rule: L(
      "Data starts at SND.NXT, the number after the SYN (ISS + 1). Every data segment after the handshake carries ACK, with ack = RCV.NXT.",
      "数据从 SND.NXT 开始，即 SYN 之后的那个序列号（ISS + 1）。握手之后的每个数据报文段都置 ACK 位，确认号 ack = RCV.NXT。",
    ),
    expect: { from: "ESTABLISHED", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "established-receives-data",
    concept: "handshake-numbers",
    build(rng) {
      const client = pickSide(rng);
      const sender = rng.chance(0.5) ? client : peerOf(client);
      const script = new Script({ isn: pickIsns(rng) }).handshake(client);
      if (rng.chance(0.5)) script.exchange(peerOf(sender), pickBytes(rng));
      script.send(sender, pickBytes(rng)).deliver({ from: sender, flags: ["ACK"], data: true });
      return { script, subject: peerOf(sender) };
    },
    rule: L(
      "Data that starts at RCV.NXT is taken, and the ACK names the next byte expected: ack = seq + len.",
      "从 RCV.NXT 开始的数据被接收，ACK 给出期望的下一个字节：ack = seq + len。",
    ),
    expect: { from: "ESTABLISHED", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "syn-sent-receives-syn",
    concept: "simultaneous",
    build(rng) {
      const first = pickSide(rng);
      const script = new Script({ isn: pickIsns(rng) })
        .connect("A")
        .connect("B")
        .deliver({ from: first, flags: ["SYN"] });
      return { script, subject: peerOf(first) };
    },
    context: [L("Both applications opened actively at the same time; the SYNs crossed.", "双方应用程序同时主动打开连接，两个 SYN 在途中交错。")],
    rule: L(
      "Simultaneous open: a SYN arriving in SYN-SENT moves the endpoint to SYN-RECEIVED, and it answers with SYN,ACK that repeats its own ISN and acknowledges the peer's SYN.",
      "同时打开：在 SYN-SENT 状态收到 SYN 的端点进入 SYN-RECEIVED，并回复 SYN,ACK：重复自己的初始序列号，同时确认对方的 SYN。",
    ),
    expect: { from: "SYN-SENT", to: "SYN-RECEIVED", sends: [["ACK", "SYN"]] },
  },
  {
    slug: "syn-received-receives-syn-ack",
    concept: "simultaneous",
    build(rng) {
      const first = pickSide(rng);
      const second = peerOf(first);
      const script = new Script({ isn: pickIsns(rng) })
        .connect("A")
        .connect("B")
        .deliver({ from: first, flags: ["SYN"] })
        .deliver({ from: second, flags: ["SYN"] })
        .deliver({ from: second, flags: ["ACK", "SYN"] });
      return { script, subject: first };
    },
    context: [
      L(
        "Simultaneous open: both sides sent a SYN, each received the other's and answered with SYN,ACK.",
        "同时打开：双方都发送了 SYN，各自收到对方的 SYN 并回复了 SYN,ACK。",
      ),
    ],
    rule: L(
      "In SYN-RECEIVED, a segment that acknowledges our SYN completes the open: ESTABLISHED. Its SYN was already acknowledged by our own SYN,ACK.",
      "在 SYN-RECEIVED 状态，收到确认自己 SYN 的报文段即完成打开，进入 ESTABLISHED。对方的 SYN 已由我方的 SYN,ACK 确认过。",
    ),
    expect: { from: "SYN-RECEIVED", to: "ESTABLISHED", sends: [] },
  },
  {
    slug: "syn-sent-receives-old-syn-ack",
    concept: "why-three-four",
    build(rng) {
      const client = pickSide(rng);
      const isn = pickIsns(rng);
      const oldAck = (isn[client] - rng.int(1_000, 90_000)) >>> 0;
      const script = new Script({ isn })
        .connect(client)
        .inject({ to: client, flags: ["ACK", "SYN"], seq: (isn[peerOf(client)] + rng.int(1, 50_000)) >>> 0, ack: oldAck })
        .deliver({ from: peerOf(client), flags: ["ACK", "SYN"] });
      return { script, subject: client };
    },
    context: [
      L(
        "The SYN,ACK is an old duplicate from an earlier connection: it acknowledges a SYN that {subject} did not send now.",
        "这个 SYN,ACK 是早先连接遗留的重复报文段：它确认的并不是 {subject} 这次发出的 SYN。",
      ),
    ],
    rule: L(
      "In SYN-SENT, an ACK that does not acknowledge our SYN is unacceptable: it is answered with <SEQ=SEG.ACK><CTL=RST> and the endpoint keeps waiting. This is why the opener has a say in the third segment (RFC 9293 Figure 8).",
      "在 SYN-SENT 状态，不确认我方 SYN 的 ACK 不可接受：回复 <SEQ=SEG.ACK><CTL=RST>，并继续等待。这正是发起方需要第三次握手的原因（RFC 9293 图 8）。",
    ),
    expect: { from: "SYN-SENT", to: "SYN-SENT", sends: [["RST"]] },
  },
  {
    slug: "syn-received-receives-rst",
    concept: "why-three-four",
    build(rng) {
      const client = pickSide(rng);
      const server = peerOf(client);
      const isn = pickIsns(rng);
      // The real SYN stays in flight while the old one (injected after it) arrives first.
      const script = new Script({ isn })
        .listen(server)
        .connect(client)
        .inject({ to: server, flags: ["SYN"], seq: (isn[client] - rng.int(1_000, 90_000)) >>> 0 })
        .deliver({ from: client, flags: ["SYN"], newest: true })
        .deliver({ from: server, flags: ["ACK", "SYN"] })
        .deliver({ from: client, flags: ["RST"] });
      return { script, subject: server };
    },
    context: [
      L(
        "An old duplicate SYN reached {subject} first; {subject} answered it with SYN,ACK, and {peer}, which never sent that SYN, replied with a RST.",
        "一个历史重复的 SYN 先到达 {subject}；{subject} 回复了 SYN,ACK，而从未发送过该 SYN 的 {peer} 回复了 RST。",
      ),
    ],
    rule: L(
      "A RST in a SYN-RECEIVED that came from LISTEN returns the endpoint to LISTEN: the half-made connection is forgotten and the real SYN can still open one (RFC 9293 Figure 8).",
      "如果端点是从 LISTEN 进入 SYN-RECEIVED 的，收到 RST 后就回到 LISTEN：半建立的连接被丢弃，真正的 SYN 仍能建立连接（RFC 9293 图 8）。",
    ),
    expect: { from: "SYN-RECEIVED", to: "LISTEN", sends: [] },
  },
];
