import { pickBytes, pickIsns, pickSide, peerOf } from "./numbers";
import { Script } from "./script";
import { L, type EngineCardSpec } from "./spec";

// Resets: a SYN to a closed port, ABORT, a RST in a synchronized state with RFC 5961's check,
// a stray ACK at a listener, and the half-open connection after a crash (RFC 9293 section 3.10.7,
// Figures 9 to 11).

export const RESET_CARDS: readonly EngineCardSpec[] = [
  {
    slug: "closed-receives-syn",
    concept: "resets",
    build(rng) {
      const client = pickSide(rng);
      return { script: new Script({ isn: pickIsns(rng) }).connect(client).deliver({ from: client, flags: ["SYN"] }), subject: peerOf(client) };
    },
    context: [L("No application on {subject} is listening on that port.", "{subject} 上没有应用程序在该端口监听。")],
    rule: L(
      "A CLOSED endpoint answers a segment without ACK with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>; the SYN counts one in SEG.LEN.",
      "CLOSED 状态收到不带 ACK 的报文段时回复 <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>；SYN 在 SEG.LEN 中计为 1。",
    ),
    expect: { from: "CLOSED", to: "CLOSED", sends: [["ACK", "RST"]] },
  },
  {
    slug: "syn-sent-receives-rst",
    concept: "resets",
    build(rng) {
      const client = pickSide(rng);
      const script = new Script({ isn: pickIsns(rng) })
        .connect(client)
        .deliver({ from: client, flags: ["SYN"] })
        .deliver({ from: peerOf(client), flags: ["ACK", "RST"] });
      return { script, subject: client };
    },
    context: [L("Nothing listens on {peer}'s port.", "{peer} 的这个端口上没有应用程序在监听。")],
    rule: L(
      'In SYN-SENT, a RST whose ACK acknowledges our SYN ends the attempt: CLOSED, and the application hears "connection refused". Nothing is sent in answer to a RST.',
      "在 SYN-SENT 状态，若 RST 的 ACK 确认了我方的 SYN，则连接尝试结束：进入 CLOSED，应用程序得到“连接被拒绝”（connection refused）。收到 RST 时从不回复任何报文段。",
    ),
    expect: { from: "SYN-SENT", to: "CLOSED", sends: [] },
  },
  {
    slug: "listen-receives-ack",
    concept: "resets",
    build(rng) {
      const server = pickSide(rng);
      const isn = pickIsns(rng);
      const script = new Script({ isn })
        .listen(server)
        .inject({ to: server, flags: ["ACK"], seq: isn[peerOf(server)], ack: (isn[server] + rng.int(1, 5000)) >>> 0 })
        .deliver({ from: peerOf(server), flags: ["ACK"] });
      return { script, subject: server };
    },
    context: [L("The ACK belongs to no connection {subject} knows of.", "这个 ACK 不属于 {subject} 知道的任何连接。")],
    rule: L(
      "A listener answers any ACK with <SEQ=SEG.ACK><CTL=RST> and keeps listening: an ACK cannot acknowledge anything in LISTEN.",
      "处于 LISTEN 的一方对任何 ACK 都回复 <SEQ=SEG.ACK><CTL=RST>，并继续监听：在 LISTEN 状态，ACK 没有任何可确认的内容。",
    ),
    expect: { from: "LISTEN", to: "LISTEN", sends: [["RST"]] },
  },
  {
    slug: "established-abort",
    concept: "resets",
    build(rng) {
      const client = pickSide(rng);
      const script = new Script({ isn: pickIsns(rng) }).handshake(client);
      if (rng.chance(0.5)) script.exchange(rng.chance(0.5) ? client : peerOf(client), pickBytes(rng));
      const aborter = rng.chance(0.5) ? client : peerOf(client);
      return { script: script.abort(aborter), subject: aborter };
    },
    rule: L(
      "ABORT sends <SEQ=SND.NXT><CTL=RST> and deletes the connection at once: no FIN, no waiting for an ACK, no TIME-WAIT.",
      "中止（ABORT）时发送 <SEQ=SND.NXT><CTL=RST> 并立即删除连接：没有 FIN，不等待确认，也没有 TIME-WAIT。",
    ),
    expect: { from: "ESTABLISHED", to: "CLOSED", sends: [["RST"]] },
  },
  {
    slug: "established-receives-rst",
    concept: "resets",
    build(rng) {
      const client = pickSide(rng);
      const aborter = rng.chance(0.5) ? client : peerOf(client);
      const script = new Script({ isn: pickIsns(rng) })
        .handshake(client)
        .abort(aborter)
        .deliver({ from: aborter, flags: ["RST"] });
      return { script, subject: peerOf(aborter) };
    },
    rule: L(
      'A RST whose seq is exactly RCV.NXT resets the connection: CLOSED at once, the application hears "connection reset", and nothing is sent back.',
      "seq 恰好等于 RCV.NXT 的 RST 会使连接复位：立即进入 CLOSED，应用程序得到“连接被复位”（connection reset），不回复任何报文段。",
    ),
    expect: { from: "ESTABLISHED", to: "CLOSED", sends: [] },
  },
  {
    slug: "established-receives-rst-in-window",
    concept: "resets",
    build(rng) {
      const client = pickSide(rng);
      const subject = rng.chance(0.5) ? client : peerOf(client);
      const script = new Script({ isn: pickIsns(rng) }).handshake(client);
      const seq = (script.tcb[subject].rcvNxt + rng.int(1, 20_000)) >>> 0;
      script.inject({ to: subject, flags: ["RST"], seq }).deliver({ from: peerOf(subject), flags: ["RST"] });
      return { script, subject };
    },
    context: [L("The RST's seq is inside the receive window but not equal to RCV.NXT.", "该 RST 的 seq 落在接收窗口内，但不等于 RCV.NXT。")],
    rule: L(
      "RFC 5961: a RST in the window but not at RCV.NXT may be forged, so it only gets a challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>; the connection stays.",
      "RFC 5961：落在窗口内但不等于 RCV.NXT 的 RST 可能是伪造的，因此只回复挑战 ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>，连接保持不变。",
    ),
    expect: { from: "ESTABLISHED", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "established-receives-syn",
    concept: "resets",
    build(rng) {
      const client = pickSide(rng);
      const subject = rng.chance(0.5) ? client : peerOf(client);
      const script = new Script({ isn: pickIsns(rng) }).handshake(client);
      script.inject({ to: subject, flags: ["SYN"], seq: rng.int(1, 2 ** 31) }).deliver({ from: peerOf(subject), flags: ["SYN"] });
      return { script, subject };
    },
    context: [L("The connection is established; a SYN arrives anyway.", "连接已经建立，却又到达一个 SYN。")],
    rule: L(
      "RFC 5961: any SYN in a synchronized state gets the challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and changes nothing; if the peer really restarted, its answer will be a RST at RCV.NXT.",
      "RFC 5961：在已同步状态收到任何 SYN，都只回复挑战 ACK <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>，状态不变；如果对方确实重启了，它会回复一个 seq 为 RCV.NXT 的 RST。",
    ),
    expect: { from: "ESTABLISHED", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "crashed-receives-data",
    concept: "resets",
    build(rng) {
      const client = pickSide(rng);
      const crashed = rng.chance(0.5) ? client : peerOf(client);
      const survivor = peerOf(crashed);
      const script = new Script({ isn: pickIsns(rng) })
        .handshake(client)
        .crash(crashed)
        .send(survivor, pickBytes(rng))
        .deliver({ from: survivor, flags: ["ACK"], data: true });
      return { script, subject: crashed };
    },
    context: [
      L(
        "{subject}'s host crashed and restarted, forgetting the connection; {peer} does not know and keeps sending (a half-open connection).",
        "{subject} 的主机崩溃后重启，已忘记该连接；{peer} 并不知情，继续发送数据（半开连接）。",
      ),
    ],
    rule: L(
      "A CLOSED endpoint answers a segment with ACK with <SEQ=SEG.ACK><CTL=RST>; that RST resets the other side's half-open connection (RFC 9293 Figure 10).",
      "处于 CLOSED 状态的端点收到带 ACK 的报文段时，回复 <SEQ=SEG.ACK><CTL=RST>；这个 RST 使对方复位，结束它的半开连接（RFC 9293 图 10）。",
    ),
    expect: { from: "CLOSED", to: "CLOSED", sends: [["RST"]] },
  },
];
