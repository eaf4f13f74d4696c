import { openConnection } from "../../content/scenario-builder";
import { L } from "../../content/text";
import { SEQ_SPACE } from "../../tcp";
import { lastStep, lessonBuilder } from "../build";
import type { LessonSpec } from "../types";

/** Lessons on opening a connection: its states, its numbers, crossing SYNs, why three, and losses. */

export const handshakeStates: LessonSpec = {
  concept: "handshake-states",
  what: L(
    "Opening a TCP connection takes three segments: the client's SYN, the server's SYN,ACK and the client's ACK. Each endpoint moves through its own states as these segments leave and arrive, so for most of the handshake the two ends are in different states.",
    "建立 TCP 连接需要三个报文段：客户端的 SYN、服务器的 SYN,ACK 和客户端的 ACK。报文段发出和到达时，两个端点各自经历自己的状态变化，所以在握手的大部分时间里，两端处于不同的状态。",
  ),
  rule: L(
    "A passive open (listen) puts the server in LISTEN. An active open (connect) sends a SYN and puts the client in SYN-SENT. A SYN arriving in LISTEN is answered with SYN,ACK, and the server enters SYN-RECEIVED. The SYN,ACK arriving in SYN-SENT moves the client to ESTABLISHED, and the client sends the ACK; that ACK arriving in SYN-RECEIVED moves the server to ESTABLISHED. An endpoint changes state only through its own calls, its own timers and the segments that arrive at it.",
    "被动打开（listen）使服务器进入 LISTEN。主动打开（connect）发送 SYN，使客户端进入 SYN-SENT。SYN 到达处于 LISTEN 的服务器时，服务器用 SYN,ACK 应答并进入 SYN-RECEIVED。SYN,ACK 到达处于 SYN-SENT 的客户端时，客户端进入 ESTABLISHED 并发送 ACK；这个 ACK 到达处于 SYN-RECEIVED 的服务器时，服务器进入 ESTABLISHED。端点只因自己的调用、自己的计时器和到达自己的报文段而改变状态。",
  ),
  citations: [
    { rfc: 9293, section: "3.5" },
    { rfc: 9293, section: "3.10.7.2" },
    { rfc: 9293, section: "3.10.7.3" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 1000, B: 5000 } });
    const listen = b.call("listen", "B");
    const connect = b.call("connect", "A");
    const syn = b.deliver({ from: "A", flags: ["SYN"] });
    const synArrives = lastStep(b);
    const synAck = b.deliver({ from: "B", flags: ["SYN", "ACK"] });
    const synAckArrives = lastStep(b);
    const ack = b.deliver({ from: "A", exactly: ["ACK"] });
    const ackArrives = lastStep(b);
    return {
      scenario: b.scenario(),
      setup: L(
        "B (the server) listens, then A (the client) connects; each segment is delivered in turn.",
        "B（服务器）先监听，随后 A（客户端）发起连接；各报文段依次到达。",
      ),
      narration: [
        L(
          `After listen, B is in {state:${listen}:B}. After connect, A sends {seg:${syn}} and is in {state:${connect}:A}.`,
          `调用 listen 后，B 处于 {state:${listen}:B}。调用 connect 后，A 发出 {seg:${syn}}，处于 {state:${connect}:A}。`,
        ),
        L(
          `When the SYN arrives, B answers {seg:${synAck}} and enters {state:${synArrives}:B}; A is still in {state:${synArrives}:A}.`,
          `SYN 到达后，B 用 {seg:${synAck}} 应答并进入 {state:${synArrives}:B}；A 仍处于 {state:${synArrives}:A}。`,
        ),
        L(
          `When the SYN,ACK arrives, A enters {state:${synAckArrives}:A} and sends {seg:${ack}}; B stays in {state:${synAckArrives}:B} until that ACK arrives.`,
          `SYN,ACK 到达后，A 进入 {state:${synAckArrives}:A} 并发出 {seg:${ack}}；在这个 ACK 到达之前，B 一直处于 {state:${synAckArrives}:B}。`,
        ),
        L(`When the ACK arrives, B enters {state:${ackArrives}:B}.`, `ACK 到达后，B 进入 {state:${ackArrives}:B}。`),
      ],
      highlightStep: synArrives,
    };
  },
  misconceptions: ["listen-vs-syn-sent", "state-before-arrival", "skipped-syn-received", "client-syn-received", "reply-missing-ack", "first-syn-has-ack"],
};

export const handshakeNumbers: LessonSpec = {
  concept: "handshake-numbers",
  what: L(
    "Every byte a connection carries has a sequence number, and each side numbers its bytes from its own initial sequence number (ISN). The acknowledgment number tells the peer which number its sender expects next. A SYN occupies one number, as if it were one byte of data.",
    "连接传送的每个字节都有一个序列号，每一方都从自己的初始序列号（ISN）开始为字节编号。确认号告诉对方：发送方期望收到的下一个序列号是多少。SYN 占用一个序列号，就好像它是一个数据字节。",
  ),
  rule: L(
    "The SYN carries its sender's ISN in the seq field. Its receiver acknowledges it with ack = ISN + 1, because the SYN used up the number ISN. So the SYN,ACK carries the server's own ISN as seq and the client's ISN + 1 as ack, and the third segment carries seq = client ISN + 1 and ack = server ISN + 1. A pure ACK takes no number: the client's first data byte is numbered ISN + 1 too. Sums are taken modulo 2^32.",
    "SYN 的 seq 字段携带发送方的 ISN。接收方用 ack = ISN + 1 确认它，因为 SYN 占用了序列号 ISN。所以 SYN,ACK 的 seq 是服务器自己的 ISN，ack 是客户端的 ISN + 1；第三个报文段的 seq = 客户端 ISN + 1，ack = 服务器 ISN + 1。纯 ACK 不占用序列号：客户端的第一个数据字节的序列号同样是 ISN + 1。加法按 2^32 取模。",
  ),
  citations: [
    { rfc: 9293, section: "3.4" },
    { rfc: 9293, section: "3.5" },
    { rfc: 9293, section: "3.10.7.3" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 4200, B: 7700 } });
    const { syn, synAck, ack } = openConnection(b, "A", "B");
    b.send("A", 100);
    const data = b.deliver({ from: "A", data: true });
    return {
      scenario: b.scenario(),
      setup: L(`A connects to B, which is listening, then sends {len:${data}} bytes.`, `A 连接正在监听的 B，随后发送 {len:${data}} 字节数据。`),
      narration: [
        L(`A's ISN is {isn:A}, and its SYN carries it: {seg:${syn}}.`, `A 的 ISN 是 {isn:A}，它的 SYN 携带这个序列号：{seg:${syn}}。`),
        L(
          `B answers {seg:${synAck}}: seq is B's own ISN, and ack = {seq:${syn}} + 1 = {ack:${synAck}}, because the SYN took the number {seq:${syn}}.`,
          `B 用 {seg:${synAck}} 应答：seq 是 B 自己的 ISN，ack = {seq:${syn}} + 1 = {ack:${synAck}}，因为 SYN 占用了序列号 {seq:${syn}}。`,
        ),
        L(
          `The third segment is {seg:${ack}}: ack = {seq:${synAck}} + 1 = {ack:${ack}}.`,
          `第三个报文段是 {seg:${ack}}：ack = {seq:${synAck}} + 1 = {ack:${ack}}。`,
        ),
        L(
          `That pure ACK takes no number, so A's first data segment starts at the same number: {seg:${data}}.`,
          `这个纯 ACK 不占用序列号，所以 A 的第一个数据报文段也从这个序列号开始：{seg:${data}}。`,
        ),
      ],
      highlightSegments: [synAck],
    };
  },
  misconceptions: ["syn-takes-no-sequence-number", "acked-own-number", "ack-number-as-seq", "no-wraparound"],
};

export const simultaneous: LessonSpec = {
  concept: "simultaneous",
  what: L(
    "Two endpoints may open towards each other at the same moment, or close at the same moment. Their SYNs, or their FINs, then cross in the network, and each side sees the other's segment before the answer to its own.",
    "两个端点可能在同一时刻互相发起连接，或在同一时刻关闭连接。这时它们的 SYN（或 FIN）在网络中交错而过，每一方都先收到对方的报文段，后收到对自己报文段的应答。",
  ),
  rule: L(
    "In a simultaneous open, each side receives a SYN while in SYN-SENT: it enters SYN-RECEIVED and sends SYN,ACK, and each SYN,ACK then completes the handshake (Figure 7). In a simultaneous close, each side receives the other's FIN while in FIN-WAIT-1: it acknowledges it and enters CLOSING; the ACK of its own FIN then moves it to TIME-WAIT, so both sides wait 2 MSL (Figure 13). A FIN that arrives only after the ACK of one's own FIN leads through FIN-WAIT-2, the ordinary way.",
    "同时打开时，每一方都在 SYN-SENT 状态收到对方的 SYN：它进入 SYN-RECEIVED 并发送 SYN,ACK，随后各自的 SYN,ACK 完成握手（图 7）。同时关闭时，每一方都在 FIN-WAIT-1 状态收到对方的 FIN：它确认这个 FIN 并进入 CLOSING；对自己 FIN 的确认到达后进入 TIME-WAIT，所以双方都要等待 2MSL（图 13）。如果对方的 FIN 在对自己 FIN 的确认之后才到达，端点就按普通方式经过 FIN-WAIT-2。",
  ),
  citations: [
    { rfc: 9293, section: "3.5" },
    { rfc: 9293, figure: 7 },
    { rfc: 9293, section: "3.6" },
    { rfc: 9293, figure: 13 },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 300, B: 8100 } });
    b.call("connect", "A");
    b.call("connect", "B");
    const synA = b.inFlight({ from: "A", flags: ["SYN"] }).id;
    const synB = b.inFlight({ from: "B", flags: ["SYN"] }).id;
    b.deliver({ from: "A", exactly: ["SYN"] });
    const atB = lastStep(b);
    b.deliver({ from: "B", exactly: ["SYN"] });
    const atA = lastStep(b);
    const synAckB = b.inFlight({ from: "B", flags: ["SYN", "ACK"] }).id;
    const synAckA = b.inFlight({ from: "A", flags: ["SYN", "ACK"] }).id;
    const opened = b.settle();
    b.call("close", "A");
    b.call("close", "B");
    b.deliver({ from: "A", flags: ["FIN"] });
    const finAtB = lastStep(b);
    b.deliver({ from: "B", flags: ["FIN"] });
    const finAtA = lastStep(b);
    const closed = b.settle();
    return {
      scenario: b.scenario(),
      setup: L(
        "A and B connect to each other at the same moment; later both close at the same moment.",
        "A 和 B 在同一时刻互相发起连接；之后双方又在同一时刻关闭连接。",
      ),
      narration: [
        L(`Both SYNs are in flight at once: {seg:${synA}} and {seg:${synB}}.`, `两个 SYN 同时在途：{seg:${synA}} 和 {seg:${synB}}。`),
        L(
          `A's SYN reaches B in SYN-SENT: B answers {seg:${synAckB}} and enters {state:${atB}:B}. B's SYN does the same at A: {seg:${synAckA}}, and A is in {state:${atA}:A}.`,
          `A 的 SYN 到达处于 SYN-SENT 的 B：B 用 {seg:${synAckB}} 应答并进入 {state:${atB}:B}。B 的 SYN 到达 A 时也是如此：A 发出 {seg:${synAckA}}，处于 {state:${atA}:A}。`,
        ),
        L(
          `Each SYN,ACK acknowledges the other side's SYN, so A is {state:${opened}:A} and B is {state:${opened}:B}.`,
          `每个 SYN,ACK 都确认了对方的 SYN，所以 A 处于 {state:${opened}:A}，B 处于 {state:${opened}:B}。`,
        ),
        L(
          `Then the FINs cross: each arrives while its receiver is in FIN-WAIT-1, so B enters {state:${finAtB}:B} and A enters {state:${finAtA}:A}.`,
          `随后两个 FIN 交错而过：每个 FIN 到达时接收方都处于 FIN-WAIT-1，所以 B 进入 {state:${finAtB}:B}，A 进入 {state:${finAtA}:A}。`,
        ),
        L(
          `When the ACKs of the FINs arrive, A is {state:${closed}:A} and B is {state:${closed}:B}: both closed first, so both wait 2 MSL.`,
          `对 FIN 的确认到达后，A 处于 {state:${closed}:A}，B 处于 {state:${closed}:B}：双方都是先关闭的一方，所以都要等待 2MSL。`,
        ),
      ],
      highlightStep: finAtA,
    };
  },
  misconceptions: ["simultaneous-as-normal", "closing-vs-time-wait", "crossing-fins-always-closing", "skipped-time-wait"],
};

export const whyThreeFour: LessonSpec = {
  concept: "why-three-four",
  what: L(
    "Two questions every course asks: why does opening take three segments, when two would carry both SYNs, and why does closing usually take four, when opening takes three?",
    "每门课程都会问两个问题：两个报文段就能带上双方的 SYN，为什么建立连接要三个报文段？建立连接只要三个报文段，为什么关闭连接通常要四个？",
  ),
  rule: L(
    "The third segment lets the initiator refuse an old duplicate SYN. The receiver cannot tell an old SYN from a new one, so it answers any SYN with SYN,ACK; only the initiator knows which ISN it used, so only it can see that the SYN,ACK acknowledges a number it never sent, and it answers with a RST instead of the third segment (Figure 8). At close, each direction is shut on its own: the ACK of a FIN goes at once, but the other side's FIN waits until its application calls close, so the ACK and that FIN usually travel apart. TCP Fast Open (RFC 7413) lets a client put data in its SYN, and the handshake still takes three segments.",
    "第三个报文段让发起方能够拒绝历史重复的 SYN。接收方无法分辨旧的 SYN 和新的 SYN，所以对任何 SYN 都用 SYN,ACK 应答；只有发起方知道自己用的是哪个 ISN，也只有它能看出这个 SYN,ACK 确认的是自己从未发送过的序列号，于是它用 RST 代替第三个报文段作答（图 8）。关闭时，两个方向各自独立关闭：对 FIN 的确认立即发出，而另一方的 FIN 要等它的应用调用 close 才发出，所以这个 ACK 和这个 FIN 通常分开发送。TCP 快速打开（RFC 7413）允许客户端在 SYN 中携带数据，握手仍然需要三个报文段。",
  ),
  citations: [{ rfc: 9293, section: "3.5" }, { rfc: 9293, figure: 8 }, { rfc: 9293, section: "3.6" }, { rfc: 7413 }],
  example() {
    const isnA = 2000;
    const b = lessonBuilder({ isn: { A: isnA, B: 9000 } });
    b.call("listen", "B");
    b.call("connect", "A");
    const realSyn = b.inFlight({ from: "A", exactly: ["SYN"] }).id;
    // RFC 9293 Figure 8: a SYN of an earlier incarnation, far below the current ISN, arrives first.
    const oldSyn = b.inject("B", ["SYN"], (isnA + SEQ_SPACE - 1500) % SEQ_SPACE);
    b.step({ deliver: oldSyn });
    const oldSynAck = b.deliver({ from: "B", flags: ["SYN", "ACK"] });
    const rst = b.deliver({ from: "A", exactly: ["RST"] });
    const rstArrives = lastStep(b);
    b.step({ deliver: realSyn });
    const synAck = b.deliver({ from: "B", flags: ["SYN", "ACK"] });
    b.deliver({ from: "A", exactly: ["ACK"] });
    const done = lastStep(b);
    b.call("close", "A");
    const fin = b.deliver({ from: "A", flags: ["FIN"] });
    const finAck = b.deliver({ from: "B", exactly: ["ACK"] });
    const finAckArrives = lastStep(b);
    return {
      scenario: b.scenario(),
      setup: L(
        "B listens and A connects, but an old duplicate SYN from an earlier connection reaches B before A's SYN. Later A closes.",
        "B 正在监听，A 发起连接，但一个来自早先连接的历史重复 SYN 比 A 的 SYN 先到达 B。之后 A 关闭连接。",
      ),
      narration: [
        L(`B cannot tell that {seg:${oldSyn}} is old: it answers {seg:${oldSynAck}}.`, `B 无法判断 {seg:${oldSyn}} 是旧报文段：它用 {seg:${oldSynAck}} 应答。`),
        L(
          `A sent {seg:${realSyn}}, so an ack of {ack:${oldSynAck}} is wrong: A answers {seg:${rst}} instead of an ACK, and B is back in {state:${rstArrives}:B}.`,
          `A 发出的是 {seg:${realSyn}}，所以 {ack:${oldSynAck}} 这个确认号不对：A 用 {seg:${rst}} 代替 ACK 作答，B 回到 {state:${rstArrives}:B}。`,
        ),
        L(
          `A's own SYN then opens the connection: B answers {seg:${synAck}}, and in the end A is {state:${done}:A} and B is {state:${done}:B}.`,
          `随后 A 自己的 SYN 建立了连接：B 应答 {seg:${synAck}}，最终 A 处于 {state:${done}:A}，B 处于 {state:${done}:B}。`,
        ),
        L(
          `When A closes, B acknowledges {seg:${fin}} at once with {seg:${finAck}}, but its own FIN waits for its application: B is in {state:${finAckArrives}:B}.`,
          `A 关闭时，B 立即用 {seg:${finAck}} 确认 {seg:${fin}}，但它自己的 FIN 要等它的应用：B 处于 {state:${finAckArrives}:B}。`,
        ),
      ],
      highlightSegments: [oldSynAck, rst],
    };
  },
  misconceptions: ["two-way-handshake-enough", "receiver-recognizes-old-syn", "close-is-symmetric-with-open", "fin-cannot-carry-ack"],
};

export const handshakeLoss: LessonSpec = {
  concept: "handshake-loss",
  what: L(
    "Any of the three segments of a handshake may be lost. Who notices, and who sends again, depends on which one: the two SYNs occupy sequence numbers and are retransmitted by their senders; the third segment, a pure ACK, is never retransmitted.",
    "握手的三个报文段中任何一个都可能丢失。谁会察觉、谁来重传，取决于丢失的是哪一个：两个 SYN 占用序列号，由各自的发送方重传；第三个报文段是纯 ACK，从不重传。",
  ),
  rule: L(
    "A lost SYN is retransmitted by the client when its timer expires. A lost SYN,ACK is retransmitted by the server on its own timer; a retransmitted SYN from the client reaching the server in SYN-RECEIVED earns only an ACK. A lost third ACK leaves the server in SYN-RECEIVED while the client is already ESTABLISHED: any later segment from the client that acknowledges the SYN,ACK, data included, completes the handshake; otherwise the server retransmits its SYN,ACK. Each retransmission doubles the timeout; after the last one the sender waits one more doubled timeout and gives up: connect reports a timeout, and a server in SYN-RECEIVED returns to LISTEN.",
    "SYN 丢失时，客户端在计时器到期后重传它。SYN,ACK 丢失时，服务器按自己的计时器重传它；客户端重传的 SYN 到达处于 SYN-RECEIVED 的服务器时，只会换来一个 ACK。第三个 ACK 丢失时，客户端已进入 ESTABLISHED，服务器却仍处于 SYN-RECEIVED：客户端之后发出的任何确认了 SYN,ACK 的报文段（包括数据报文段）都能完成握手；否则服务器会重传 SYN,ACK。每重传一次，超时时间加倍；最后一次重传之后，发送方再等待一个加倍后的超时时间，然后放弃：connect 报告超时，处于 SYN-RECEIVED 的服务器则回到 LISTEN。",
  ),
  citations: [
    { rfc: 9293, section: "3.8.1" },
    { rfc: 9293, section: "3.10.7.4" },
    { rfc: 9293, section: "3.10.8" },
    { rfc: 6298, section: "5" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 6400, B: 1200 } });
    b.call("listen", "B");
    b.call("connect", "A");
    b.deliver({ from: "A", flags: ["SYN"] });
    b.deliver({ from: "B", flags: ["SYN", "ACK"] });
    const ack = b.drop({ from: "A", exactly: ["ACK"] });
    const lost = lastStep(b);
    b.send("A", 200);
    const data = b.deliver({ from: "A", data: true });
    const dataArrives = lastStep(b);
    const dataAck = b.inFlight({ from: "B", exactly: ["ACK"] }).id;
    b.settle();
    return {
      scenario: b.scenario(),
      setup: L(
        `A connects to B; the SYN and the SYN,ACK arrive, but A's ACK, the third segment, is lost. Then A sends {len:${data}} bytes.`,
        `A 连接 B；SYN 和 SYN,ACK 都到达了，但 A 的 ACK（第三个报文段）丢失了。随后 A 发送 {len:${data}} 字节数据。`,
      ),
      narration: [
        L(
          `{seg:${ack}} is lost: A is {state:${lost}:A}, but B is still in {state:${lost}:B}, waiting for the ACK of its SYN,ACK.`,
          `{seg:${ack}} 丢失了：A 已处于 {state:${lost}:A}，B 却仍处于 {state:${lost}:B}，等待对其 SYN,ACK 的确认。`,
        ),
        L(
          `Nobody retransmits a pure ACK. But A's data segment {seg:${data}} carries the same acknowledgment, so when it arrives B enters {state:${dataArrives}:B} and takes the data.`,
          `没有人会重传纯 ACK。但 A 的数据报文段 {seg:${data}} 携带了同样的确认，所以它到达时 B 进入 {state:${dataArrives}:B} 并接收数据。`,
        ),
        L(`B acknowledges the data with {seg:${dataAck}}.`, `B 用 {seg:${dataAck}} 确认这些数据。`),
      ],
      highlightStep: dataArrives,
    };
  },
  misconceptions: ["only-pure-ack-completes", "synack-not-retransmitted", "duplicate-syn-gets-synack", "give-up-at-last-send", "passive-timeout-closed"],
};
