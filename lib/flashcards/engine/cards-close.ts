import type { Rng } from "../../questions/random";
import type { Side } from "../../tcp";
import { pickBytes, pickIsns, pickMsl, pickSide, peerOf } from "./numbers";
import { Script } from "./script";
import { L, type EngineCardSpec } from "./spec";

// Closing: the four-way close and the half-close between its two halves (RFC 9293 section 3.6,
// Figure 12), TIME-WAIT and its 2 MSL, the three-segment close with a delayed ACK, and the
// simultaneous close (Figure 13).

interface Opened {
  script: Script;
  closer: Side;
  peer: Side;
}

/** An established connection, with some data exchanged now and then, and who will close first. */
function opened(rng: Rng, options: { msl?: number; delayedAck?: boolean } = {}): Opened {
  const client = pickSide(rng);
  const script = new Script({ isn: pickIsns(rng), ...options }).handshake(client);
  // With delayed ACKs the data's ACK would wait 0.2 s: keep those connections quiet.
  if (!options.delayedAck && rng.chance(0.5)) script.exchange(rng.chance(0.5) ? client : peerOf(client), pickBytes(rng));
  const closer = rng.chance(0.75) ? client : peerOf(client);
  return { script, closer, peer: peerOf(closer) };
}

/** The closer's FIN delivered and acknowledged: closer in FIN-WAIT-2, peer in CLOSE-WAIT. */
function halfClosed(rng: Rng, options: { msl?: number } = {}): Opened {
  const o = opened(rng, options);
  o.script
    .close(o.closer)
    .deliver({ from: o.closer, flags: ["ACK", "FIN"] })
    .deliver({ from: o.peer, flags: ["ACK"] });
  return o;
}

/** Both FINs sent; the last step delivers the peer's FIN: the closer enters TIME-WAIT, its last ACK in flight. */
function lastAckInFlight(rng: Rng, options: { msl?: number } = {}): Opened {
  const o = halfClosed(rng, options);
  if (rng.chance(0.4)) o.script.exchange(o.peer, pickBytes(rng));
  o.script.close(o.peer).deliver({ from: o.peer, flags: ["ACK", "FIN"] });
  return o;
}

export const CLOSE_CARDS: readonly EngineCardSpec[] = [
  {
    slug: "established-close",
    concept: "teardown-states",
    build(rng) {
      const o = opened(rng);
      return { script: o.script.close(o.closer), subject: o.closer };
    },
    rule: L(
      'CLOSE means "no more data from me": a FIN goes out with seq = SND.NXT (it takes one sequence number) and the ACK bit, and the endpoint waits in FIN-WAIT-1 for its ACK.',
      "CLOSE 表示“我没有数据要发了”：发送 FIN,ACK，seq = SND.NXT（FIN 占用一个序列号），同时置 ACK 位；随后在 FIN-WAIT-1 状态等待对方确认。",
    ),
    expect: { from: "ESTABLISHED", to: "FIN-WAIT-1", sends: [["ACK", "FIN"]] },
  },
  {
    slug: "established-receives-fin",
    concept: "teardown-numbers",
    build(rng) {
      const o = opened(rng);
      return { script: o.script.close(o.closer).deliver({ from: o.closer, flags: ["ACK", "FIN"] }), subject: o.peer };
    },
    rule: L(
      "A FIN is acknowledged at once, with ack = the FIN's seq + 1 (a FIN takes one sequence number). The endpoint enters CLOSE-WAIT: its own direction stays open until its application closes.",
      "收到 FIN 立即确认，ack = FIN 的 seq + 1（FIN 占用一个序列号）。随后进入 CLOSE-WAIT：自己这个方向仍然打开，直到应用程序关闭。",
    ),
    expect: { from: "ESTABLISHED", to: "CLOSE-WAIT", sends: [["ACK"]] },
  },
  {
    slug: "fin-wait-1-receives-ack",
    concept: "teardown-states",
    build(rng) {
      const o = opened(rng);
      o.script
        .close(o.closer)
        .deliver({ from: o.closer, flags: ["ACK", "FIN"] })
        .deliver({ from: o.peer, flags: ["ACK"] });
      return { script: o.script, subject: o.closer };
    },
    rule: L(
      "The ACK of our FIN moves FIN-WAIT-1 to FIN-WAIT-2: our direction is closed, and we now wait for the peer's FIN. A pure ACK is not answered.",
      "收到对自己 FIN 的确认，从 FIN-WAIT-1 进入 FIN-WAIT-2：我方的发送方向已关闭，接下来等待对方的 FIN。纯 ACK 不需要回复。",
    ),
    expect: { from: "FIN-WAIT-1", to: "FIN-WAIT-2", sends: [] },
  },
  {
    slug: "close-wait-send",
    concept: "half-close",
    build(rng) {
      const o = halfClosed(rng);
      return { script: o.script.send(o.peer, pickBytes(rng)), subject: o.peer };
    },
    rule: L(
      "After receiving a FIN, an endpoint in CLOSE-WAIT may still send data: a FIN closes only the direction of the side that sent it (the half-close).",
      "收到 FIN 后，处于 CLOSE-WAIT 的一方仍可发送数据：FIN 只关闭发送方那一个方向（半关闭）。",
    ),
    expect: { from: "CLOSE-WAIT", to: "CLOSE-WAIT", sends: [["ACK"]] },
  },
  {
    slug: "fin-wait-2-receives-data",
    concept: "half-close",
    build(rng) {
      const o = halfClosed(rng);
      o.script.send(o.peer, pickBytes(rng)).deliver({ from: o.peer, flags: ["ACK"], data: true });
      return { script: o.script, subject: o.closer };
    },
    rule: L(
      "The side that closed first still receives: data arriving in FIN-WAIT-2 is taken and acknowledged as usual (ack = seq + len).",
      "先关闭的一方仍然可以接收：在 FIN-WAIT-2 收到的数据照常接收并确认（ack = seq + len）。",
    ),
    expect: { from: "FIN-WAIT-2", to: "FIN-WAIT-2", sends: [["ACK"]] },
  },
  {
    slug: "fin-wait-1-receives-data",
    concept: "half-close",
    build(rng) {
      const o = opened(rng);
      o.script
        .close(o.closer)
        .send(o.peer, pickBytes(rng))
        .deliver({ from: o.peer, flags: ["ACK"], data: true });
      return { script: o.script, subject: o.closer };
    },
    context: [L("{peer} sent the data before {subject}'s FIN reached it.", "{peer} 在收到 {subject} 的 FIN 之前发出了这些数据。")],
    rule: L(
      "Data arriving in FIN-WAIT-1 is taken and acknowledged. It does not acknowledge our FIN, so the endpoint stays in FIN-WAIT-1.",
      "在 FIN-WAIT-1 收到的数据照常接收并确认。它没有确认我方的 FIN，所以仍处于 FIN-WAIT-1。",
    ),
    expect: { from: "FIN-WAIT-1", to: "FIN-WAIT-1", sends: [["ACK"]] },
  },
  {
    slug: "close-wait-close",
    concept: "teardown-states",
    build(rng) {
      const o = halfClosed(rng);
      if (rng.chance(0.5)) o.script.exchange(o.peer, pickBytes(rng));
      return { script: o.script.close(o.peer), subject: o.peer };
    },
    rule: L(
      "When the application in CLOSE-WAIT closes, its FIN goes out (seq = SND.NXT) and it waits in LAST-ACK for the ACK of that FIN.",
      "CLOSE-WAIT 一方的应用程序关闭时，发出自己的 FIN（seq = SND.NXT），并在 LAST-ACK 等待对该 FIN 的确认。",
    ),
    expect: { from: "CLOSE-WAIT", to: "LAST-ACK", sends: [["ACK", "FIN"]] },
  },
  {
    slug: "fin-wait-2-receives-fin",
    concept: "teardown-numbers",
    build(rng) {
      const o = lastAckInFlight(rng);
      return { script: o.script, subject: o.closer };
    },
    rule: L(
      "The peer's FIN in FIN-WAIT-2 is acknowledged (ack = FIN seq + 1) and the endpoint enters TIME-WAIT, where it stays 2 MSL before CLOSED.",
      "在 FIN-WAIT-2 收到对方的 FIN，回复确认（ack = FIN 的 seq + 1），并进入 TIME-WAIT，在那里停留 2MSL 后才进入 CLOSED。",
    ),
    expect: { from: "FIN-WAIT-2", to: "TIME-WAIT", sends: [["ACK"]] },
  },
  {
    slug: "last-ack-receives-ack",
    concept: "teardown-states",
    build(rng) {
      const o = lastAckInFlight(rng);
      return { script: o.script.deliver({ from: o.closer, flags: ["ACK"] }), subject: o.peer };
    },
    rule: L(
      "The ACK of its FIN is all LAST-ACK waits for: the connection is closed at once. The passive closer never enters TIME-WAIT.",
      "LAST-ACK 只等待对自己 FIN 的确认：收到后连接立即关闭。被动关闭的一方不会进入 TIME-WAIT。",
    ),
    expect: { from: "LAST-ACK", to: "CLOSED", sends: [] },
  },
  {
    slug: "time-wait-expires",
    concept: "time-wait",
    build(rng) {
      const msl = pickMsl(rng);
      const o = lastAckInFlight(rng, { msl });
      o.script.deliver({ from: o.closer, flags: ["ACK"] }).wait(2 * msl);
      return { script: o.script, subject: o.closer, vars: { msl } };
    },
    context: [L("MSL is {msl} s. {subject}'s ACK of the last FIN has arrived.", "MSL 为 {msl} 秒。{subject} 对最后一个 FIN 的确认已经到达。")],
    rule: L(
      "TIME-WAIT lasts 2 × MSL after the last ACK; when the timer runs out the connection is deleted: CLOSED, without sending anything.",
      "TIME-WAIT 在发出最后一个 ACK 后持续 2 × MSL；计时器到期后连接被删除，进入 CLOSED，不发送任何报文段。",
    ),
    expect: { from: "TIME-WAIT", to: "CLOSED", sends: [] },
  },
  {
    slug: "time-wait-before-2msl",
    concept: "time-wait",
    build(rng) {
      const msl = pickMsl(rng);
      const o = lastAckInFlight(rng, { msl });
      const seconds = rng.pick([msl, Math.round(1.5 * msl), 2 * msl - 1]);
      o.script.deliver({ from: o.closer, flags: ["ACK"] }).wait(seconds);
      return { script: o.script, subject: o.closer, vars: { msl } };
    },
    context: [L("MSL is {msl} s. {subject} entered TIME-WAIT a moment ago.", "MSL 为 {msl} 秒。{subject} 刚刚进入 TIME-WAIT。")],
    rule: L(
      "TIME-WAIT lasts twice the MSL, not one MSL: before 2 × MSL have passed the endpoint is still in TIME-WAIT.",
      "TIME-WAIT 持续两倍 MSL，而不是一个 MSL：在 2 × MSL 过去之前，仍处于 TIME-WAIT。",
    ),
    expect: { from: "TIME-WAIT", to: "TIME-WAIT", sends: [] },
  },
  {
    slug: "time-wait-receives-fin",
    concept: "time-wait",
    build(rng) {
      const o = lastAckInFlight(rng);
      o.script
        .drop({ from: o.closer, flags: ["ACK"] })
        .wait(1)
        .deliver({ from: o.peer, flags: ["ACK", "FIN"] });
      return { script: o.script, subject: o.closer };
    },
    context: [
      L("{subject}'s ACK of {peer}'s FIN was lost, so {peer} sent its FIN again.", "{subject} 对 {peer} 的 FIN 的确认丢失了，于是 {peer} 重传了 FIN。"),
    ],
    rule: L(
      "This is what TIME-WAIT is for: the endpoint is still there to acknowledge the retransmitted FIN, and it restarts its 2 MSL timer.",
      "这正是 TIME-WAIT 存在的意义：端点仍在，可以再次确认重传的 FIN，并重新开始 2MSL 计时。",
    ),
    expect: { from: "TIME-WAIT", to: "TIME-WAIT", sends: [["ACK"]] },
  },
  {
    slug: "close-wait-close-delayed-ack",
    concept: "three-segment-close",
    build(rng) {
      const o = opened(rng, { delayedAck: true });
      o.script
        .close(o.closer)
        .deliver({ from: o.closer, flags: ["ACK", "FIN"] })
        .close(o.peer);
      return { script: o.script, subject: o.peer };
    },
    context: [
      L(
        "Delayed ACK is on: {subject} received {peer}'s FIN and has not acknowledged it yet (this simulator delays an ACK up to 0.2 s; RFC 9293 only requires less than 0.5 s). Its application closes right away.",
        "启用了延迟确认：{subject} 收到了 {peer} 的 FIN，但还没有确认（本模拟器最多延迟 0.2 秒，RFC 9293 只要求小于 0.5 秒）。它的应用程序随即关闭连接。",
      ),
    ],
    rule: L(
      "The pending ACK rides on the FIN: one FIN,ACK both acknowledges the peer's FIN and closes this direction, so the close takes three segments instead of four.",
      "待发的 ACK 由 FIN 捎带：一个 FIN,ACK 既确认对方的 FIN，又关闭本方的发送方向，因此关闭只需三个报文段，即三次挥手（FIN 捎带 ACK），而不是四次挥手。",
    ),
    expect: { from: "CLOSE-WAIT", to: "LAST-ACK", sends: [["ACK", "FIN"]] },
  },
  {
    slug: "fin-wait-1-receives-fin-ack",
    concept: "three-segment-close",
    build(rng) {
      const o = opened(rng, { delayedAck: true });
      o.script
        .close(o.closer)
        .deliver({ from: o.closer, flags: ["ACK", "FIN"] })
        .close(o.peer)
        .deliver({ from: o.peer, flags: ["ACK", "FIN"] });
      return { script: o.script, subject: o.closer };
    },
    rule: L(
      "A FIN that also acknowledges our FIN takes FIN-WAIT-1 straight to TIME-WAIT, skipping FIN-WAIT-2; the FIN is acknowledged as usual.",
      "如果收到的 FIN 同时确认了我方的 FIN（FIN,ACK），端点就从 FIN-WAIT-1 直接进入 TIME-WAIT，跳过 FIN-WAIT-2；对这个 FIN 照常回复确认。",
    ),
    expect: { from: "FIN-WAIT-1", to: "TIME-WAIT", sends: [["ACK"]] },
  },
  {
    slug: "fin-wait-1-receives-fin",
    concept: "simultaneous",
    build(rng) {
      const o = opened(rng);
      o.script
        .close(o.closer)
        .close(o.peer)
        .deliver({ from: o.closer, flags: ["ACK", "FIN"] });
      return { script: o.script, subject: o.peer };
    },
    context: [L("Both applications closed at the same time; the FINs crossed.", "双方应用程序同时关闭，两个 FIN 在途中交错。")],
    rule: L(
      "Simultaneous close: a FIN that does not acknowledge our own FIN moves FIN-WAIT-1 to CLOSING; the FIN is acknowledged.",
      "同时关闭：收到的 FIN 没有确认我方的 FIN，于是从 FIN-WAIT-1 进入 CLOSING，并确认该 FIN。",
    ),
    expect: { from: "FIN-WAIT-1", to: "CLOSING", sends: [["ACK"]] },
  },
  {
    slug: "closing-receives-ack",
    concept: "simultaneous",
    build(rng) {
      const o = opened(rng);
      o.script
        .close(o.closer)
        .close(o.peer)
        .deliver({ from: o.closer, flags: ["ACK", "FIN"] })
        .deliver({ from: o.peer, flags: ["ACK", "FIN"] })
        .deliver({ from: o.closer, flags: ["ACK"] });
      return { script: o.script, subject: o.peer };
    },
    context: [L("Both sides closed at once and each acknowledged the other's FIN.", "双方同时关闭，并各自确认了对方的 FIN。")],
    rule: L(
      "In CLOSING, the ACK of our FIN leads to TIME-WAIT: after a simultaneous close both sides wait 2 MSL.",
      "在 CLOSING 状态收到对我方 FIN 的确认后进入 TIME-WAIT：同时关闭时，双方都要等待 2MSL。",
    ),
    expect: { from: "CLOSING", to: "TIME-WAIT", sends: [] },
  },
];
