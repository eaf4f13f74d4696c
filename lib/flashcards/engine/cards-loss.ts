import { pickBytes, pickIsns, pickRto, pickSide, peerOf } from "./numbers";
import { Script } from "./script";
import { L, type EngineCardSpec } from "./spec";

// Lost segments: retransmission after RTO with exponential backoff (RFC 6298, RFC 9293 section
// 3.8.1) for SYN, SYN,ACK, data, FIN and the last ACK, and the ACK of data beyond a gap.

export const LOSS_CARDS: readonly EngineCardSpec[] = [
  {
    slug: "syn-sent-timeout",
    concept: "loss",
    build(rng) {
      const rto = pickRto(rng);
      const client = pickSide(rng);
      const script = new Script({ isn: pickIsns(rng), rto })
        .listen(peerOf(client))
        .connect(client)
        .drop({ from: client, flags: ["SYN"] })
        .wait(rto);
      return { script, subject: client, vars: { rto } };
    },
    context: [L("Its SYN was lost. The retransmission timeout (RTO) is {rto} s.", "它的 SYN 丢失了。重传超时（RTO）为 {rto} 秒。")],
    rule: L(
      "When the retransmission timer expires the SYN is sent again, with the same sequence number; the endpoint stays in SYN-SENT and doubles its timeout for the next try.",
      "重传计时器到期后，SYN 以相同的序列号重新发送；端点仍处于 SYN-SENT，下一次的超时时间加倍。",
    ),
    expect: { from: "SYN-SENT", to: "SYN-SENT", sends: [["SYN"]] },
  },
  {
    slug: "syn-sent-second-timeout",
    concept: "loss",
    build(rng) {
      const rto = pickRto(rng);
      const client = pickSide(rng);
      const script = new Script({ isn: pickIsns(rng), rto })
        .listen(peerOf(client))
        .connect(client)
        .drop({ from: client, flags: ["SYN"] })
        .wait(rto)
        .drop({ from: client, flags: ["SYN"] })
        .wait(2 * rto);
      return { script, subject: client, vars: { rto, backoff: 2 * rto, total: 3 * rto } };
    },
    context: [
      L(
        "Its SYN was lost, and so was the first retransmission, sent {rto} s later. The initial RTO is {rto} s.",
        "它的 SYN 丢失了，{rto} 秒后发出的第一次重传也丢失了。初始 RTO 为 {rto} 秒。",
      ),
    ],
    rule: L(
      "Exponential backoff: the timeout doubles after each retransmission (RTO, 2 × RTO, 4 × RTO...). The SYN left at 0 s and its first retransmission at {rto} s; the second retransmission leaves 2 × RTO = {backoff} s after the first, at {total} s.",
      "指数退避：每重传一次，超时时间就加倍（RTO、2 × RTO、4 × RTO……）。SYN 在第 0 秒发出，第一次重传在第 {rto} 秒；第二次重传在第一次重传之后 2 × RTO = {backoff} 秒发出，即第 {total} 秒。",
    ),
    expect: { from: "SYN-SENT", to: "SYN-SENT", sends: [["SYN"]] },
  },
  {
    slug: "syn-received-timeout",
    concept: "loss",
    build(rng) {
      const rto = pickRto(rng);
      const client = pickSide(rng);
      const server = peerOf(client);
      const script = new Script({ isn: pickIsns(rng), rto })
        .listen(server)
        .connect(client)
        .deliver({ from: client, flags: ["SYN"] })
        .drop({ from: server, flags: ["ACK", "SYN"] })
        .wait(rto);
      return { script, subject: server, vars: { rto } };
    },
    context: [L("Its SYN,ACK was lost. Both sides use an RTO of {rto} s.", "它的 SYN,ACK 丢失了。双方的 RTO 都是 {rto} 秒。")],
    rule: L(
      "Neither side's SYN has been acknowledged, so both retransmission timers expire at the same moment and two segments leave, one from each side: {subject} (the server) retransmits its SYN,ACK, and {peer} (the client) retransmits its SYN. Only the SYN,ACK is {subject}'s answer; each keeps its sequence number.",
      "双方的 SYN 都没有得到确认，所以两个重传计时器同时到期，双方各发出一个报文段：{subject}（服务器）重传它的 SYN,ACK，{peer}（客户端）重传它的 SYN。其中只有 SYN,ACK 是 {subject} 发出的；两个报文段的序列号都不变。",
    ),
    expect: { from: "SYN-RECEIVED", to: "SYN-RECEIVED", sends: [["SYN"], ["ACK", "SYN"]] },
  },
  {
    slug: "established-data-timeout",
    concept: "loss",
    build(rng) {
      const rto = pickRto(rng);
      const client = pickSide(rng);
      const sender = rng.chance(0.5) ? client : peerOf(client);
      const script = new Script({ isn: pickIsns(rng), rto })
        .handshake(client)
        .send(sender, pickBytes(rng))
        .drop({ from: sender, flags: ["ACK"], data: true })
        .wait(rto);
      return { script, subject: sender, vars: { rto } };
    },
    context: [L("The data segment it sent was lost. RTO is {rto} s.", "它发送的数据报文段丢失了。RTO 为 {rto} 秒。")],
    rule: L(
      "Unacknowledged data is sent again when its timer expires: same seq and len, carrying the current RCV.NXT.",
      "未被确认的数据在计时器到期后重新发送：seq 和 len 不变，确认号为当前的 RCV.NXT。",
    ),
    expect: { from: "ESTABLISHED", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "established-receives-after-gap",
    concept: "loss",
    build(rng) {
      const client = pickSide(rng);
      const sender = rng.chance(0.5) ? client : peerOf(client);
      const script = new Script({ isn: pickIsns(rng) })
        .handshake(client)
        .send(sender, pickBytes(rng))
        .send(sender, pickBytes(rng))
        .drop({ from: sender, flags: ["ACK"], data: true })
        .deliver({ from: sender, flags: ["ACK"], data: true });
      return { script, subject: peerOf(sender) };
    },
    context: [L("The segment before this one was lost.", "在它之前的那个报文段丢失了。")],
    rule: L(
      "Data beyond a gap does not start at RCV.NXT: it is not taken, and the receiver answers at once with the ACK of what it has, ack = RCV.NXT (a duplicate ACK).",
      "越过空缺的数据不从 RCV.NXT 开始：不会被接收，接收方立即回复对已有数据的确认，ack = RCV.NXT（重复 ACK）。",
    ),
    expect: { from: "ESTABLISHED", to: "ESTABLISHED", sends: [["ACK"]] },
  },
  {
    slug: "fin-wait-1-timeout",
    concept: "loss",
    build(rng) {
      const rto = pickRto(rng);
      const client = pickSide(rng);
      const closer = rng.chance(0.75) ? client : peerOf(client);
      const script = new Script({ isn: pickIsns(rng), rto })
        .handshake(client)
        .close(closer)
        .drop({ from: closer, flags: ["ACK", "FIN"] })
        .wait(rto);
      return { script, subject: closer, vars: { rto } };
    },
    context: [L("Its FIN was lost. RTO is {rto} s.", "它的 FIN 丢失了。RTO 为 {rto} 秒。")],
    rule: L(
      "A FIN takes a sequence number, so it is retransmitted like data until acknowledged; the endpoint stays in FIN-WAIT-1.",
      "FIN 占用一个序列号，所以像数据一样重传，直到被确认；端点仍处于 FIN-WAIT-1。",
    ),
    expect: { from: "FIN-WAIT-1", to: "FIN-WAIT-1", sends: [["ACK", "FIN"]] },
  },
  {
    slug: "last-ack-timeout",
    concept: "loss",
    build(rng) {
      const rto = pickRto(rng);
      const client = pickSide(rng);
      const closer = rng.chance(0.75) ? client : peerOf(client);
      const peer = peerOf(closer);
      const script = new Script({ isn: pickIsns(rng), rto })
        .handshake(client)
        .close(closer)
        .deliver({ from: closer, flags: ["ACK", "FIN"] })
        .deliver({ from: peer, flags: ["ACK"] });
      if (rng.chance(0.4)) script.exchange(peer, pickBytes(rng));
      script
        .close(peer)
        .deliver({ from: peer, flags: ["ACK", "FIN"] })
        .drop({ from: closer, flags: ["ACK"] })
        .wait(rto);
      return { script, subject: peer, vars: { rto } };
    },
    context: [L("{peer}'s ACK of {subject}'s FIN was lost. RTO is {rto} s.", "{peer} 对 {subject} 的 FIN 的确认丢失了。RTO 为 {rto} 秒。")],
    rule: L(
      "With its FIN unacknowledged, LAST-ACK retransmits the FIN when the timer expires. The other side, in TIME-WAIT, will acknowledge it again.",
      "FIN 尚未得到确认，处于 LAST-ACK 的一方在计时器到期时重传 FIN。对方仍处于 TIME-WAIT，会再次确认。",
    ),
    expect: { from: "LAST-ACK", to: "LAST-ACK", sends: [["ACK", "FIN"]] },
  },
];
