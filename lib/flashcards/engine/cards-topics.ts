import { SEQ_SPACE } from "../../tcp";
import { pickBytes, pickIsns, pickMsl, pickSide, peerOf } from "./numbers";
import { Script, type ScriptConfig } from "./script";
import { L, type EngineCardSpec } from "./spec";

// The situations of the topics added for issue 11: losses in the handshake, RFC 5961 outside the
// window, a SYN meeting TIME-WAIT, the FIN-WAIT-2 timeout and a keep-alive probe reaching a host
// that forgot the connection. Scenarios may use the engine's optional fields (docs/scenarios.md).

/** A script whose scenario also sets optional fields of the format (Script passes them through). */
const scriptWith = (config: Omit<ScriptConfig, "rto"> & Record<string, unknown>): Script => new Script(config as ScriptConfig);

/** `server` listens with a SYN queue of `queue`, filled by SYNs from forged ports whose SYN,ACKs are lost; then `client` connects. */
function floodedListener(rng: Parameters<EngineCardSpec["build"]>[0], synCookies: boolean) {
  const client = pickSide(rng);
  const server = peerOf(client);
  const queue = rng.int(1, 4);
  const script = scriptWith({ isn: pickIsns(rng), listener: { synQueue: queue, synCookies } }).listen(server);
  const firstPort = rng.int(20000, 60000);
  for (let k = 0; k < queue; k++) script.step({ inject: { to: server, flags: ["SYN"], seq: rng.int(0, SEQ_SPACE - 1), port: firstPort + k } });
  for (let k = 0; k < queue; k++) script.deliver({ from: client, flags: ["SYN"] });
  for (let k = 0; k < queue; k++) script.drop({ from: server, flags: ["ACK", "SYN"] });
  script.connect(client).deliver({ from: client, flags: ["SYN"] });
  return { script, subject: server, vars: { queue } };
}

export const TOPIC_ENGINE_CARDS: readonly EngineCardSpec[] = [
  {
    slug: "listen-full-syn-queue",
    concept: "syn-flood",
    build: (rng) => floodedListener(rng, false),
    context: [
      L(
        "{subject}'s SYN queue ({queue} entries) is full of half-open connections from forged addresses; SYN cookies are off.",
        "{subject} 的半连接队列（{queue} 个条目）已被来自伪造地址的半开连接占满；SYN cookie 未启用。",
      ),
    ],
    rule: L(
      "With its SYN queue full and no SYN cookies, a listener drops a new SYN silently and keeps listening; the client will retransmit its SYN later.",
      "半连接队列已满且未启用 SYN cookie 时，监听方静默丢弃新的 SYN 并继续监听；客户端稍后会重传 SYN。",
    ),
    expect: { from: "LISTEN", to: "LISTEN", sends: [] },
  },
  {
    slug: "listen-full-syn-queue-cookie",
    concept: "syn-flood",
    build: (rng) => floodedListener(rng, true),
    context: [
      L(
        "{subject}'s SYN queue ({queue} entries) is full of half-open connections from forged addresses; SYN cookies are on.",
        "{subject} 的半连接队列（{queue} 个条目）已被来自伪造地址的半开连接占满；SYN cookie 已启用。",
      ),
    ],
    rule: L(
      "With SYN cookies a listener whose SYN queue is full still answers with a SYN,ACK, whose ISN is the cookie, and keeps nothing: it stays in LISTEN until a matching ACK arrives.",
      "启用 SYN cookie 后，半连接队列已满的监听方仍用 SYN,ACK 应答（其初始序列号即为 cookie），且不保存任何状态：在匹配的 ACK 到达之前，它一直处于 LISTEN。",
    ),
    expect: { from: "LISTEN", to: "LISTEN", sends: [["ACK", "SYN"]] },
  },
  {
    slug: "established-receives-data-across-wrap",
    concept: "sequence-space",
    build(rng) {
      const client = pickSide(rng);
      const sender = rng.chance(0.5) ? client : peerOf(client);
      const isn = pickIsns(rng);
      isn[sender] = SEQ_SPACE - rng.int(1, 400);
      const script = new Script({ isn })
        .handshake(client)
        .send(sender, rng.int(500, 1460))
        .deliver({ from: sender, flags: ["ACK"], data: true });
      return { script, subject: peerOf(sender) };
    },
    context: [L("{peer}'s sequence numbers are just below 2^32, and its data runs past 2^32.", "{peer} 的序列号略小于 2^32，它的数据越过了 2^32。")],
    rule: L(
      "Sequence numbers wrap modulo 2^32: the ACK of data ending past 2^32 - 1 is a small number, and it is still in order.",
      "序列号按 2^32 取模回绕：对越过 2^32 - 1 的数据的确认号是一个很小的数，而且顺序依然正确。",
    ),
    expect: { from: "ESTABLISHED", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "established-acks-cumulatively",
    concept: "data-phase",
    build(rng) {
      const client = pickSide(rng);
      const sender = rng.chance(0.5) ? client : peerOf(client);
      const receiver = peerOf(sender);
      const script = new Script({ isn: pickIsns(rng) })
        .handshake(client)
        .send(sender, pickBytes(rng))
        .deliver({ from: sender, flags: ["ACK"], data: true })
        .drop({ from: receiver, flags: ["ACK"] })
        .send(sender, pickBytes(rng))
        .deliver({ from: sender, flags: ["ACK"], data: true });
      return { script, subject: receiver };
    },
    context: [
      L(
        "{subject}'s ACK of {peer}'s first data segment was lost; the second segment arrives.",
        "{subject} 对 {peer} 第一个数据报文段的 ACK 丢失了；第二个报文段到达。",
      ),
    ],
    rule: L(
      "An acknowledgment is cumulative: the ACK of the second segment names the next byte expected, so it also acknowledges the first segment whose own ACK was lost.",
      "确认是累积的：对第二个报文段的 ACK 给出期望的下一个字节，因此它同时确认了第一个报文段，即使后者自己的 ACK 已丢失。",
    ),
    expect: { from: "ESTABLISHED", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "time-wait-connect-from-another-port",
    concept: "socket-pair",
    build(rng) {
      const client = pickSide(rng);
      const server = peerOf(client);
      const port = rng.int(1024, 65535);
      const script = scriptWith({ isn: pickIsns(rng), msl: pickMsl(rng), listener: {} })
        .listen(server)
        .connect(client)
        .settle()
        .close(client)
        .settle()
        .close(server)
        .settle()
        .step({ call: "connect", on: client, port });
      return { script, subject: client, vars: { port } };
    },
    context: [
      L(
        "{subject}'s old connection is in TIME-WAIT; {subject} connects to the same server port again, from its port {port}.",
        "{subject} 的旧连接处于 TIME-WAIT；{subject} 从它的端口 {port} 再次连接服务器的同一端口。",
      ),
    ],
    rule: L(
      "TIME-WAIT holds one socket pair (4-tuple), not a port: a connect from another local port is a new pair, and its SYN goes at once while the old connection keeps waiting.",
      "TIME-WAIT 占用的是一个套接字对（四元组），而不是端口：从另一个本地端口发起的 connect 构成新的套接字对，它的 SYN 立即发出，旧连接继续等待。",
    ),
    expect: { from: "TIME-WAIT", to: "TIME-WAIT", sends: [["SYN"]] },
  },
  {
    slug: "listen-receives-scan-syn",
    concept: "port-scan",
    build(rng) {
      const scanner = pickSide(rng);
      const target = peerOf(scanner);
      const script = new Script({ isn: pickIsns(rng) })
        .listen(target)
        .connect(scanner)
        .deliver({ from: scanner, flags: ["SYN"] });
      return { script, subject: target };
    },
    context: [
      L(
        "{peer} is scanning {subject}'s ports with SYNs; this port has a listening socket.",
        "{peer} 正在用 SYN 扫描 {subject} 的端口；这个端口上有监听套接字。",
      ),
    ],
    rule: L(
      "A listening socket answers every SYN with a SYN,ACK, whoever sent it: that answer is what tells a scanner the port is open (a closed port answers RST, a filtered one nothing).",
      "监听套接字对每个 SYN 都用 SYN,ACK 应答，无论发送者是谁：扫描者正是凭这个应答知道端口开放（关闭的端口回复 RST，被过滤的端口毫无应答）。",
    ),
    expect: { from: "LISTEN", to: "SYN-RECEIVED", sends: [["ACK", "SYN"]] },
  },
  {
    slug: "syn-received-receives-data",
    concept: "handshake-loss",
    build(rng) {
      const client = pickSide(rng);
      const server = peerOf(client);
      const script = new Script({ isn: pickIsns(rng) })
        .listen(server)
        .connect(client)
        .deliver({ from: client, flags: ["SYN"] })
        .deliver({ from: server, flags: ["ACK", "SYN"] })
        .drop({ from: client, flags: ["ACK"] })
        .send(client, pickBytes(rng))
        .deliver({ from: client, flags: ["ACK"], data: true });
      return { script, subject: server };
    },
    context: [L("The third segment, {peer}'s ACK, was lost; {peer} then sent data.", "第三个报文段（{peer} 的 ACK）丢失了；随后 {peer} 发送了数据。")],
    rule: L(
      "Any segment whose ACK acknowledges the SYN,ACK completes the handshake: SYN-RECEIVED becomes ESTABLISHED, the data is taken and acknowledged.",
      "任何确认了 SYN,ACK 的报文段都能完成握手：SYN-RECEIVED 进入 ESTABLISHED，数据被接收并得到确认。",
    ),
    expect: { from: "SYN-RECEIVED", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "syn-received-receives-repeated-syn",
    concept: "handshake-loss",
    build(rng) {
      const client = pickSide(rng);
      const server = peerOf(client);
      const script = scriptWith({ isn: pickIsns(rng), rto: { [client]: 1, [server]: 3 } })
        .listen(server)
        .connect(client)
        .deliver({ from: client, flags: ["SYN"] })
        .drop({ from: server, flags: ["ACK", "SYN"] })
        .wait(1)
        .deliver({ from: client, flags: ["SYN"] });
      return { script, subject: server };
    },
    context: [L("{subject}'s SYN,ACK was lost, and {peer} retransmitted its SYN after 1 s.", "{subject} 的 SYN,ACK 丢失了，{peer} 在 1 秒后重传了 SYN。")],
    rule: L(
      "In SYN-RECEIVED a repeated SYN is below the window: it gets a bare ACK <SEQ=SND.NXT><ACK=RCV.NXT>, not a new SYN,ACK; the SYN,ACK goes again only when its own timer expires.",
      "在 SYN-RECEIVED 状态，重复的 SYN 位于窗口之下：它只得到纯 ACK <SEQ=SND.NXT><ACK=RCV.NXT>，而不是新的 SYN,ACK；SYN,ACK 要等自己的计时器到期才重传。",
    ),
    expect: { from: "SYN-RECEIVED", to: "SYN-RECEIVED", sends: [["ACK"]] },
  },
  {
    slug: "established-receives-rst-outside-window",
    concept: "rst-validation",
    build(rng) {
      const client = pickSide(rng);
      const subject = rng.chance(0.5) ? client : peerOf(client);
      const script = new Script({ isn: pickIsns(rng) }).handshake(client);
      const seq = (script.tcb[subject].rcvNxt + rng.int(70_000, 2 ** 30)) >>> 0;
      script.inject({ to: subject, flags: ["RST"], seq }).deliver({ from: peerOf(subject), flags: ["RST"] });
      return { script, subject };
    },
    context: [
      L(
        "The RST's seq is outside {subject}'s receive window (65535 bytes from RCV.NXT).",
        "这个 RST 的 seq 在 {subject} 的接收窗口（从 RCV.NXT 起 65535 字节）之外。",
      ),
    ],
    rule: L(
      "A RST outside the receive window is dropped silently (RFC 5961): no reset, no answer, the connection goes on.",
      "接收窗口之外的 RST 被静默丢弃（RFC 5961）：不复位，不应答，连接照常进行。",
    ),
    expect: { from: "ESTABLISHED", to: "ESTABLISHED", sends: [] },
  },
  {
    slug: "time-wait-receives-new-syn",
    concept: "lingering",
    build(rng) {
      const client = pickSide(rng);
      const server = peerOf(client);
      const isn = pickIsns(rng);
      const script = new Script({ isn, msl: pickMsl(rng) }).handshake(client).close(server).settle().close(client).settle();
      script.inject({ to: server, flags: ["SYN"], seq: (isn[client] + rng.int(10_000, 2 ** 30)) >>> 0 }).deliver({ from: client, flags: ["SYN"] });
      return { script, subject: server };
    },
    context: [
      L(
        "{subject} closed first and is in TIME-WAIT; a new SYN from the same socket pair arrives.",
        "{subject} 先关闭，正处于 TIME-WAIT；一个来自同一套接字对的新 SYN 到达。",
      ),
    ],
    rule: L(
      "Without reopening (RFC 9293 leaves it optional), TIME-WAIT treats a SYN like any segment of a synchronized state: it answers with an ACK and keeps waiting out 2 MSL.",
      "在不支持重新打开时（RFC 9293 将其作为可选项），TIME-WAIT 把 SYN 当作已同步状态下的普通报文段：用 ACK 应答，并继续等满 2MSL。",
    ),
    expect: { from: "TIME-WAIT", to: "TIME-WAIT", sends: [["ACK"]] },
  },
  {
    slug: "fin-wait-2-timeout",
    concept: "lingering",
    build(rng) {
      const client = pickSide(rng);
      const timeout = rng.pick([30, 60, 120]);
      const script = scriptWith({ isn: pickIsns(rng), finWait2Timeout: timeout })
        .handshake(client)
        .close(client)
        .settle()
        .wait(timeout);
      return { script, subject: client, vars: { timeout } };
    },
    context: [
      L(
        "{peer}'s application never calls close; {subject}'s stack times out FIN-WAIT-2 after {timeout} s.",
        "{peer} 的应用从不调用 close；{subject} 的协议栈让 FIN-WAIT-2 在 {timeout} 秒后超时。",
      ),
    ],
    rule: L(
      "RFC 9293 lets FIN-WAIT-2 last for ever; a stack may time out a socket its application closed (Linux: tcp_fin_timeout). It then forgets the connection without sending anything, while the peer stays in CLOSE-WAIT.",
      "RFC 9293 允许 FIN-WAIT-2 无限期持续；协议栈可以让其应用已关闭的套接字超时（Linux 的 tcp_fin_timeout）。超时后它不发送任何报文段就删除连接，而对端仍停留在 CLOSE-WAIT。",
    ),
    expect: { from: "FIN-WAIT-2", to: "CLOSED", sends: [] },
  },
  {
    slug: "crashed-receives-keepalive-probe",
    concept: "half-open",
    build(rng) {
      const client = pickSide(rng);
      const prober = peerOf(client);
      const idle = rng.pick([60, 120, 7200]);
      const script = scriptWith({ isn: pickIsns(rng), keepAlive: { [prober]: { idle, interval: 75, probes: 9 } } })
        .handshake(client)
        .crash(client)
        .wait(idle)
        .deliver({ from: prober, flags: ["ACK"] });
      return { script, subject: client, vars: { idle } };
    },
    context: [
      L(
        "{subject}'s host crashed and restarted; after {idle} s of silence {peer} sends a keep-alive probe.",
        "{subject} 的主机崩溃并重启；沉默 {idle} 秒后，{peer} 发送了一个保活探测报文段。",
      ),
    ],
    rule: L(
      "The probe <SEQ=SND.NXT-1><ACK=RCV.NXT> reaches a host that has no connection: it carries ACK, so the answer is <SEQ=SEG.ACK><CTL=RST>, which lands exactly at the prober's RCV.NXT and resets the half-open connection.",
      "探测报文段 <SEQ=SND.NXT-1><ACK=RCV.NXT> 到达一个没有该连接的主机：它带有 ACK，所以应答是 <SEQ=SEG.ACK><CTL=RST>，其序列号恰为探测方的 RCV.NXT，从而复位这个半开连接。",
    ),
    expect: { from: "CLOSED", to: "CLOSED", sends: [["RST"]] },
  },
];
