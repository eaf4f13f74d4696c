import { openConnection } from "../../content/scenario-builder";
import { L } from "../../content/text";
import { SEQ_SPACE } from "../../tcp";
import { lastStep, lessonBuilder, waitForTimer } from "../build";
import type { LessonSpec } from "../types";

/** Lessons on numbers and time: retransmission, the sequence space, the data phase, and SYN floods. */

export const loss: LessonSpec = {
  concept: "loss",
  what: L(
    "The network may lose any segment. TCP recovers by retransmitting what was not acknowledged in time, and waits longer after each failed attempt.",
    "网络可能丢失任何报文段。TCP 通过重传未及时得到确认的内容来恢复，并且每失败一次就等待更久。",
  ),
  rule: L(
    "Every segment that occupies sequence space (data, SYN, FIN) stays queued until it is acknowledged. If no acknowledgment arrives before its retransmission timer expires, its sender sends it again with the same sequence number. After each retransmission the timeout doubles (exponential backoff), so the waits add up: r, then 2r, then 4r. A pure ACK is never retransmitted: it takes no number, and nobody waits for its acknowledgment. After too many retransmissions the sender gives up and reports the connection as failed.",
    "每个占用序列号的报文段（数据、SYN、FIN）都会保留在队列中，直到被确认。如果重传计时器到期时仍未收到确认，发送方就用相同的序列号再次发送它。每重传一次，超时时间加倍（指数退避），所以等待时间要累加：r，然后 2r，然后 4r。纯 ACK 从不重传：它不占用序列号，也没有人等待对它的确认。重传次数过多后，发送方放弃并报告连接失败。",
  ),
  citations: [
    { rfc: 9293, section: "3.8.1" },
    { rfc: 9293, section: "3.8.3" },
    { rfc: 6298, section: "5" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 2600, B: 5100 }, rto: 1 });
    b.call("listen", "B");
    b.call("connect", "A");
    const first = b.drop({ from: "A", flags: ["SYN"] });
    const retry1 = waitForTimer(b, "A", "retransmission");
    const second = b.drop({ from: "A", flags: ["SYN"] });
    const retry2 = waitForTimer(b, "A", "retransmission");
    const third = b.deliver({ from: "A", flags: ["SYN"] });
    const synAck = b.deliver({ from: "B", flags: ["SYN", "ACK"] });
    b.deliver({ from: "A", exactly: ["ACK"] });
    return {
      scenario: b.scenario(),
      setup: L(
        "A connects to B with a first retransmission timeout of {cfg:rto} s. Its first two SYNs are lost.",
        "A 连接 B，首次重传超时为 {cfg:rto} 秒。它的前两个 SYN 都丢失了。",
      ),
      narration: [
        L(
          `{seg:${first}} is lost. When the timer expires at t = {t:${retry1}} s, A sends it again with the same sequence number: {seg:${second}}.`,
          `{seg:${first}} 丢失了。计时器在 t = {t:${retry1}} 秒时到期，A 用相同的序列号再次发送它：{seg:${second}}。`,
        ),
        L(
          `That copy is lost too. The timeout has doubled, so the next copy leaves at t = {t:${retry2}} s: {seg:${third}}.`,
          `这个副本也丢失了。超时时间已经加倍，所以下一个副本在 t = {t:${retry2}} 秒时发出：{seg:${third}}。`,
        ),
        L(`This one arrives, and B answers {seg:${synAck}}.`, `这一次 SYN 到达了，B 用 {seg:${synAck}} 应答。`),
      ],
      highlightStep: retry2,
    };
  },
  misconceptions: ["no-backoff", "backoff-not-summed", "retransmit-new-number", "lost-segment-counted"],
};

export const sequenceSpace: LessonSpec = {
  concept: "sequence-space",
  what: L(
    "Sequence numbers are 32-bit numbers that count bytes. The space is large but finite: numbers wrap around, and where a connection starts in the space matters for safety.",
    "序列号是按字节计数的 32 位数。这个空间很大，但终究有限：序列号会回绕，而连接从空间中的哪个位置开始，关系到安全。",
  ),
  rule: L(
    "Sequence numbers count data bytes (not headers) modulo 2^32: after 4294967295 comes 0, and comparisons are made modulo 2^32. A connection does not start at 0: RFC 9293 and RFC 6528 choose ISN = M + F(local address and port, remote address and port, secret key), where M is a clock that ticks every 4 microseconds and F a keyed hash, so that an old connection's numbers do not fall into a new one's window and an attacker off the path cannot guess them. At R bytes per second the numbers come round again after 2^32 / R seconds (about 34 s at 1 Gbit/s); one connection can send at most 2^32 bytes (4 GiB) before a number must be reused.",
    "序列号按 2^32 取模为数据字节（不包括首部）编号：4294967295 之后是 0，比较大小也按 2^32 取模进行。连接并不从 0 开始：RFC 9293 和 RFC 6528 规定 ISN = M + F（本地地址和端口、远端地址和端口、密钥），其中 M 是每 4 微秒加 1 的时钟，F 是带密钥的散列函数，这样旧连接的序列号不会落入新连接的窗口，不在路径上的攻击者也猜不出序列号。以每秒 R 字节的速率发送时，序列号经过 2^32 / R 秒就会回到原处（1 Gbit/s 时约 34 秒）；一个连接最多发送 2^32 字节（4 GiB）数据，之后就必须重用序列号。",
  ),
  citations: [
    { rfc: 9293, section: "3.4" },
    { rfc: 9293, section: "3.4.1" },
    { rfc: 6528, section: "3" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: SEQ_SPACE - 300, B: 12000 } });
    const { syn } = openConnection(b, "A", "B");
    b.send("A", 1000);
    const data = b.deliver({ from: "A", data: true });
    const ack = b.deliver({ from: "B", exactly: ["ACK"] });
    return {
      scenario: b.scenario(),
      setup: L(
        `A's ISN is {isn:A}, close to the top of the space. After the handshake A sends {len:${data}} bytes.`,
        `A 的 ISN 是 {isn:A}，接近序列号空间的顶端。握手完成后，A 发送 {len:${data}} 字节数据。`,
      ),
      narration: [
        L(
          `A's SYN, {seg:${syn}}, takes the number {seq:${syn}}, so the data starts one higher: {seg:${data}}.`,
          `A 的 SYN（{seg:${syn}}）占用序列号 {seq:${syn}}，所以数据从下一个序列号开始：{seg:${data}}。`,
        ),
        L(
          `B acknowledges the data with {seg:${ack}}: {seq:${data}} + {len:${data}} passes 2^32, so it wraps around modulo 2^32 to {ack:${ack}}.`,
          `B 用 {seg:${ack}} 确认这些数据：{seq:${data}} + {len:${data}} 超过了 2^32，按 2^32 取模回绕为 {ack:${ack}}。`,
        ),
      ],
      highlightSegments: [ack],
    };
  },
  misconceptions: ["no-wraparound", "space-is-2-31", "rate-bits-as-bytes", "isn-clock-microseconds", "isn-clock-only", "headers-take-sequence-numbers"],
};

export const dataPhase: LessonSpec = {
  concept: "data-phase",
  what: L(
    "Once the connection is open, every data segment's seq numbers its first byte, and every ACK says which byte its sender expects next. Acknowledgments count bytes, not segments.",
    "连接建立后，每个数据报文段的 seq 是它第一个字节的序列号，每个 ACK 表明发送方期望收到的下一个字节。确认按字节计数，而不是按报文段计数。",
  ),
  rule: L(
    "The acknowledgment number is the sequence number of the next byte expected, and it acknowledges every byte before it, however many segments they came in (cumulative acknowledgment). A lost ACK therefore does no harm if a later one arrives before the sender's timer expires. In the Telnet echo example of Kurose & Ross, each side's ACK rides on its data: the server's echo acknowledges the typed character, and the client acknowledges the echo.",
    "确认号是期望收到的下一个字节的序列号，它确认此前的所有字节，不论这些字节分几个报文段到达（累积确认）。所以只要后一个 ACK 在发送方计时器到期之前到达，前一个 ACK 丢失也无妨。在 Kurose & Ross 书中的 Telnet 回显例子里，双方的 ACK 都捎带在数据上：服务器的回显确认了键入的字符，客户端再确认这个回显。",
  ),
  citations: [
    { rfc: 9293, section: "3.4" },
    { rfc: 9293, section: "3.8.6.3" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 1000, B: 4000 } });
    openConnection(b, "A", "B");
    b.send("A", 300);
    const d1 = b.deliver({ from: "A", data: true });
    const a1 = b.drop({ from: "B", exactly: ["ACK"] });
    b.send("A", 200);
    const d2 = b.deliver({ from: "A", data: true });
    const a2 = b.deliver({ from: "B", exactly: ["ACK"] });
    return {
      scenario: b.scenario(),
      setup: L(
        `A sends {len:${d1}} bytes, then {len:${d2}} more; B's first ACK is lost.`,
        `A 先发送 {len:${d1}} 字节数据，随后又发送 {len:${d2}} 字节；B 的第一个 ACK 丢失了。`,
      ),
      narration: [
        L(
          `The first segment, {seg:${d1}}, carries bytes {seq:${d1}} onwards; its ACK, {seg:${a1}}, is lost.`,
          `第一个报文段（{seg:${d1}}）携带从 {seq:${d1}} 开始的字节；对它的确认（{seg:${a1}}）丢失了。`,
        ),
        L(`The second segment, {seg:${d2}}, starts where the first ended.`, `第二个报文段（{seg:${d2}}）从第一个报文段结束处开始。`),
        L(
          `B's next ACK, {seg:${a2}}, acknowledges every byte before {ack:${a2}}, the bytes of both segments, so A needs no other acknowledgment.`,
          `B 的下一个 ACK（{seg:${a2}}）确认了 {ack:${a2}} 之前的所有字节，即两个报文段的全部字节，所以 A 不再需要别的确认。`,
        ),
      ],
      highlightSegments: [a2],
    };
  },
  misconceptions: ["ack-per-segment", "ack-counts-segments", "forgot-data-length", "ack-number-as-seq"],
};

export const synFlood: LessonSpec = {
  concept: "syn-flood",
  what: L(
    "A listening socket keeps two queues: the SYN queue for handshakes in progress, and the accept queue for finished connections the application has not accepted yet. A SYN flood tries to fill the first one.",
    "监听套接字有两个队列：半连接队列存放正在进行的握手，全连接队列存放已完成但应用尚未 accept 的连接。SYN 洪泛攻击试图占满前者。",
  ),
  rule: L(
    "Each SYN a listener answers leaves a half-open connection in SYN-RECEIVED in its SYN queue until the handshake completes or the server gives up; a completed connection moves to the accept queue (listen's backlog limits this queue on Linux). An attacker sending SYNs from forged addresses never answers the SYN,ACKs, so the SYN queue fills and real clients' SYNs are dropped, and they must retransmit. With SYN cookies a server whose queue is full still answers, but keeps nothing: the ISN of its SYN,ACK encodes a time slot, an MSS index and a keyed hash of the connection, and the client's ACK (ack = cookie + 1) lets it check the hash and rebuild the connection. Options the cookie has no room for, such as window scaling, are lost.",
    "监听方应答的每个 SYN 都会在半连接队列中留下一个处于 SYN-RECEIVED 的半开连接，直到握手完成或服务器放弃；完成握手的连接移入全连接队列（在 Linux 上，listen 的 backlog 参数限制的就是这个队列）。攻击者从伪造的地址发送 SYN，从不应答 SYN,ACK，于是半连接队列被占满，真正客户端的 SYN 被丢弃，只能重传。启用 SYN cookie 后，队列已满的服务器仍会应答，但不保存任何状态：SYN,ACK 的 ISN 编码了时间片、MSS 索引和由连接算出的带密钥散列值，客户端的 ACK（ack = cookie + 1）到达时，服务器校验散列值并重建连接。cookie 装不下的选项（例如窗口缩放）会丢失。",
  ),
  citations: [
    { rfc: 4987, section: "3.6" },
    { rfc: 9293, section: "3.10.7.2" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 7000, B: 3000 }, listener: { synQueue: 2, synCookies: true } });
    b.call("listen", "B");
    for (const port of [40001, 40002]) b.step({ inject: { to: "B", flags: ["SYN"], seq: port * 1000, ack: 0, len: 0, port } });
    b.deliver({ flags: ["SYN"] });
    b.deliver({ flags: ["SYN"] });
    while (b.hasInFlight({ from: "B" })) b.drop({ from: "B" });
    const full = lastStep(b);
    b.call("connect", "A");
    b.deliver({ from: "A", flags: ["SYN"] });
    const cookieAt = lastStep(b);
    const synAck = b.deliver({ from: "B", flags: ["SYN", "ACK"] });
    const ack = b.deliver({ from: "A", exactly: ["ACK"] });
    const restored = lastStep(b);
    return {
      scenario: b.scenario(),
      setup: L(
        "B listens with a SYN queue of {cfg:listener.synQueue} entries and SYN cookies on. Forged SYNs arrive first; then A, a real client, connects.",
        "B 正在监听，半连接队列可容纳 {cfg:listener.synQueue} 个条目，并启用了 SYN cookie。伪造的 SYN 先到达；随后真正的客户端 A 发起连接。",
      ),
      narration: [
        L(
          `B answers each forged SYN and keeps an entry for it: its SYN queue holds {synq:${full}} half-open connections, its limit. The SYN,ACKs go to addresses that never answer.`,
          `B 应答每个伪造的 SYN，并为其保存一个条目：半连接队列中有 {synq:${full}} 个半开连接，已达上限。这些 SYN,ACK 发往的地址从不应答。`,
        ),
        L(
          `A's SYN finds the queue full, so B answers with a SYN cookie, {seg:${synAck}}, and keeps nothing: its SYN queue still holds {synq:${cookieAt}}.`,
          `A 的 SYN 到达时队列已满，于是 B 用 SYN cookie 应答：{seg:${synAck}}，且不保存任何状态：半连接队列中仍是 {synq:${cookieAt}} 个条目。`,
        ),
        L(
          `A's ACK, {seg:${ack}}, carries ack = cookie + 1: B checks the hash, rebuilds the connection from this ACK alone and puts it in its accept queue, which now holds {acceptq:${restored}}.`,
          `A 的 ACK（{seg:${ack}}）携带 ack = cookie + 1：B 校验散列值，仅凭这个 ACK 重建连接，并把它放入全连接队列，该队列现有 {acceptq:${restored}} 个连接。`,
        ),
      ],
      highlightSegments: [synAck, ack],
    };
  },
  misconceptions: ["syn-flood-always-drops", "syn-cookie-always", "syn-queue-unbounded", "overload-sends-rst", "half-open-counted-as-accepted"],
};
