import { pickBytes, pickIsns, pickMsl, pickSide, peerOf } from "./numbers";
import { Script, type ScriptConfig } from "./script";
import { L, type EngineCardSpec } from "./spec";

// The situations of the topics added for issue 11: losses in the handshake, RFC 5961 outside the
// window, a SYN meeting TIME-WAIT, the FIN-WAIT-2 timeout and a keep-alive probe reaching a host
// that forgot the connection. Scenarios may use the engine's optional fields (docs/scenarios.md).

/** A script whose scenario also sets optional fields of the format (Script passes them through). */
const scriptWith = (config: Omit<ScriptConfig, "rto"> & Record<string, unknown>): Script => new Script(config as ScriptConfig);

export const TOPIC_ENGINE_CARDS: readonly EngineCardSpec[] = [
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
    context: [L("The RST's seq is outside {subject}'s receive window (65535 bytes from RCV.NXT).", "这个 RST 的 seq 在 {subject} 的接收窗口（从 RCV.NXT 起 65535 字节）之外。")],
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
      const script = new Script({ isn, msl: pickMsl(rng) })
        .handshake(client)
        .close(server)
        .settle()
        .close(client)
        .settle();
      script.inject({ to: server, flags: ["SYN"], seq: (isn[client] + rng.int(10_000, 2 ** 30)) >>> 0 }).deliver({ from: client, flags: ["SYN"] });
      return { script, subject: server };
    },
    context: [L("{subject} closed first and is in TIME-WAIT; a new SYN from the same socket pair arrives.", "{subject} 先关闭，正处于 TIME-WAIT；一个来自同一套接字对的新 SYN 到达。")],
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
      const script = scriptWith({ isn: pickIsns(rng), finWait2Timeout: timeout }).handshake(client).close(client).settle().wait(timeout);
      return { script, subject: client, vars: { timeout } };
    },
    context: [L("{peer}'s application never calls close; {subject}'s stack times out FIN-WAIT-2 after {timeout} s.", "{peer} 的应用从不调用 close；{subject} 的协议栈让 FIN-WAIT-2 在 {timeout} 秒后超时。")],
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
    context: [L("{subject}'s host crashed and restarted; after {idle} s of silence {peer} sends a keep-alive probe.", "{subject} 的主机崩溃并重启；沉默 {idle} 秒后，{peer} 发送了一个保活探测报文段。")],
    rule: L(
      "The probe <SEQ=SND.NXT-1><ACK=RCV.NXT> reaches a host that has no connection: it carries ACK, so the answer is <SEQ=SEG.ACK><CTL=RST>, which lands exactly at the prober's RCV.NXT and resets the half-open connection.",
      "探测报文段 <SEQ=SND.NXT-1><ACK=RCV.NXT> 到达一个没有该连接的主机：它带有 ACK，所以应答是 <SEQ=SEG.ACK><CTL=RST>，其序列号恰为探测方的 RCV.NXT，从而复位这个半开连接。",
    ),
    expect: { from: "CLOSED", to: "CLOSED", sends: [["RST"]] },
  },
];
