import { closeConnection, openConnection } from "../../content/scenario-builder";
import { L } from "../../content/text";
import { toSeconds } from "../../tcp";
import { lastStep, lessonBuilder, waitForTimer } from "../build";
import type { LessonSpec } from "../types";

/** Lessons on closing a connection: states, numbers, half-close, TIME-WAIT, three segments, lingering. */

export const teardownStates: LessonSpec = {
  concept: "teardown-states",
  what: L(
    "Closing a connection usually takes four segments: a FIN and its ACK in each direction. The side that closes first (the active close) and the side that closes second (the passive close) pass through different states.",
    "关闭连接通常需要四个报文段：每个方向各有一个 FIN 和对它的 ACK。先关闭的一方（主动关闭）和后关闭的一方（被动关闭）经过的状态各不相同。",
  ),
  rule: L(
    "The active closer sends FIN and enters FIN-WAIT-1; when its FIN is acknowledged it enters FIN-WAIT-2; when the peer's FIN arrives it acknowledges it and enters TIME-WAIT, where it stays 2 MSL before CLOSED. The passive closer enters CLOSE-WAIT when the FIN arrives and stays there until its application calls close; it then sends its own FIN, enters LAST-ACK, and is CLOSED when that FIN is acknowledged.",
    "主动关闭方发送 FIN 并进入 FIN-WAIT-1；自己的 FIN 被确认后进入 FIN-WAIT-2；对方的 FIN 到达时，它确认这个 FIN 并进入 TIME-WAIT，在该状态停留 2MSL 后进入 CLOSED。被动关闭方在 FIN 到达时进入 CLOSE-WAIT，并一直停留到它的应用调用 close；随后它发送自己的 FIN，进入 LAST-ACK，这个 FIN 被确认后进入 CLOSED。",
  ),
  citations: [
    { rfc: 9293, section: "3.6" },
    { rfc: 9293, figure: 12 },
    { rfc: 9293, section: "3.10.7.4" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 1000, B: 5000 }, msl: 30 });
    openConnection(b, "A", "B");
    const c = closeConnection(b, "A", "B");
    const expired = waitForTimer(b, "A", "time-wait");
    return {
      scenario: b.scenario(),
      setup: L(
        "A and B have an open connection. A closes first; B's application closes a little later. MSL is {cfg:msl} s here.",
        "A 与 B 之间有一个已建立的连接。A 先关闭；B 的应用稍后也关闭。本例中 MSL 为 {cfg:msl} 秒。",
      ),
      narration: [
        L(
          `A calls close and sends {seg:${c.fin1}}: A is in {state:${c.steps.close1}:A}.`,
          `A 调用 close 并发出 {seg:${c.fin1}}：A 处于 {state:${c.steps.close1}:A}。`,
        ),
        L(
          `The FIN arrives: B acknowledges it with {seg:${c.ack1}} and enters {state:${c.steps.fin1Arrives}:B}.`,
          `FIN 到达后，B 用 {seg:${c.ack1}} 确认它，并进入 {state:${c.steps.fin1Arrives}:B}。`,
        ),
        L(
          `That ACK arrives: A enters {state:${c.steps.ack1Arrives}:A} and waits for B's FIN.`,
          `这个 ACK 到达后，A 进入 {state:${c.steps.ack1Arrives}:A}，等待 B 的 FIN。`,
        ),
        L(
          `B's application calls close: B sends {seg:${c.fin2}} and enters {state:${c.steps.close2}:B}.`,
          `B 的应用调用 close：B 发出 {seg:${c.fin2}} 并进入 {state:${c.steps.close2}:B}。`,
        ),
        L(
          `A answers {seg:${c.ack2}} and enters {state:${c.steps.fin2Arrives}:A}; when that ACK arrives, B is {state:${c.steps.ack2Arrives}:B}.`,
          `A 用 {seg:${c.ack2}} 应答并进入 {state:${c.steps.fin2Arrives}:A}；这个 ACK 到达后，B 进入 {state:${c.steps.ack2Arrives}:B}。`,
        ),
        L(
          `2 MSL ({twice:msl} s) later, A's timer expires and A is {state:${expired}:A}.`,
          `2MSL（{twice:msl} 秒）之后，A 的计时器到期，A 进入 {state:${expired}:A}。`,
        ),
      ],
      highlightStep: c.steps.ack1Arrives,
    };
  },
  misconceptions: [
    "swapped-close-wait-fin-wait-2",
    "fin-wait-1-vs-2",
    "close-wait-vs-last-ack",
    "skipped-fin-wait-2",
    "time-wait-wrong-side",
    "closed-too-early",
  ],
};

export const teardownNumbers: LessonSpec = {
  concept: "teardown-numbers",
  what: L(
    "The segments of a close carry sequence and acknowledgment numbers like any other. Getting them right means counting every data byte already sent, and counting each FIN as one number.",
    "关闭连接的报文段和其他报文段一样携带序列号和确认号。要算对它们，就要把已发送的每个数据字节计算在内，并把每个 FIN 算作一个序列号。",
  ),
  rule: L(
    "A FIN occupies one sequence number, like a SYN; each data byte occupies one; an ACK occupies none. So a FIN's seq is the number right after the last data byte its sender sent, the ACK of a FIN with seq u carries ack = u + 1, and the closer's last ACK has seq = its FIN's seq + 1. Sums are taken modulo 2^32.",
    "FIN 和 SYN 一样占用一个序列号；每个数据字节占用一个序列号；ACK 不占用序列号。所以 FIN 的 seq 是发送方最后一个数据字节之后的那个序列号，对 seq 为 u 的 FIN 的确认号是 u + 1，先关闭一方发出的最后一个 ACK 的 seq 等于其 FIN 的 seq + 1。加法按 2^32 取模。",
  ),
  citations: [
    { rfc: 9293, section: "3.4" },
    { rfc: 9293, section: "3.6" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 3000, B: 8000 } });
    openConnection(b, "A", "B");
    b.send("A", 400);
    const data = b.deliver({ from: "A", data: true });
    b.deliver({ from: "B", exactly: ["ACK"] });
    const c = closeConnection(b, "A", "B");
    return {
      scenario: b.scenario(),
      setup: L(
        `After the handshake A sends {len:${data}} bytes, then closes; B closes after it.`,
        `握手完成后，A 发送 {len:${data}} 字节数据，然后关闭连接；B 随后也关闭。`,
      ),
      narration: [
        L(
          `A's data is {seg:${data}}, so its FIN takes the next number: {seg:${c.fin1}}.`,
          `A 的数据报文段是 {seg:${data}}，所以它的 FIN 使用下一个序列号：{seg:${c.fin1}}。`,
        ),
        L(
          `B acknowledges the FIN with {seg:${c.ack1}}: ack = {seq:${c.fin1}} + 1, because the FIN consumes a number.`,
          `B 用 {seg:${c.ack1}} 确认这个 FIN：ack = {seq:${c.fin1}} + 1，因为 FIN 占用一个序列号。`,
        ),
        L(
          `B has sent no data, so its FIN is {seg:${c.fin2}}, with the number after its SYN.`,
          `B 没有发送数据，所以它的 FIN 是 {seg:${c.fin2}}，使用的是紧接其 SYN 之后的序列号。`,
        ),
        L(
          `A's last ACK is {seg:${c.ack2}}: seq = {seq:${c.fin1}} + 1 and ack = {seq:${c.fin2}} + 1.`,
          `A 的最后一个 ACK 是 {seg:${c.ack2}}：seq = {seq:${c.fin1}} + 1，ack = {seq:${c.fin2}} + 1。`,
        ),
      ],
      highlightSegments: [c.fin1, c.ack1],
    };
  },
  misconceptions: ["fin-takes-no-sequence-number", "forgot-data-length", "pure-ack-takes-a-number", "acked-own-number", "no-wraparound"],
};

export const halfClose: LessonSpec = {
  concept: "half-close",
  what: L(
    "A FIN closes one direction of a connection only. After it, the other direction stays open: the side that received the FIN may go on sending data for as long as it likes.",
    "FIN 只关闭连接的一个方向。此后另一个方向仍然打开：收到 FIN 的一方想发送多久的数据都可以。",
  ),
  rule: L(
    'A FIN means "I have no more data to send", nothing more. The side that received it (CLOSE-WAIT) may still send, and the side that sent it (FIN-WAIT-2) must still receive and acknowledge, until the second FIN. In the sockets API, shutdown with SHUT_WR sends the FIN and keeps the socket open for reading.',
    "FIN 的含义只是“我没有更多数据要发送了”。收到 FIN 的一方（CLOSE-WAIT）仍可以发送数据，发出 FIN 的一方（FIN-WAIT-2）仍必须接收并确认数据，直到第二个 FIN 为止。在套接字 API 中，shutdown（SHUT_WR）发送 FIN，套接字仍可继续读取。",
  ),
  citations: [
    { rfc: 9293, section: "3.6.1" },
    { rfc: 9293, section: "3.6" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 2500, B: 600 } });
    openConnection(b, "A", "B");
    const c = closeConnection(b, "A", "B", 300);
    if (c.data === undefined || c.dataAck === undefined) throw new Error("lesson half-close: no data during the half-close");
    return {
      scenario: b.scenario(),
      setup: L(`A closes first; B still has {len:${c.data}} bytes to send before it closes.`, `A 先关闭；B 在关闭前还有 {len:${c.data}} 字节数据要发送。`),
      narration: [
        L(
          `A's FIN, {seg:${c.fin1}}, is acknowledged with {seg:${c.ack1}}: B is in {state:${c.steps.fin1Arrives}:B}, and only the direction from A to B is closed.`,
          `A 的 FIN（{seg:${c.fin1}}）得到 {seg:${c.ack1}} 的确认：B 处于 {state:${c.steps.fin1Arrives}:B}，只有从 A 到 B 的方向关闭了。`,
        ),
        L(
          `B still sends data, {seg:${c.data}}, and A, in {state:${c.steps.ack1Arrives}:A}, acknowledges it with {seg:${c.dataAck}}.`,
          `B 仍然发送数据（{seg:${c.data}}），处于 {state:${c.steps.ack1Arrives}:A} 的 A 用 {seg:${c.dataAck}} 确认它。`,
        ),
        L(`Only when its application calls close does B send its FIN, {seg:${c.fin2}}.`, `直到 B 的应用调用 close，B 才发出自己的 FIN：{seg:${c.fin2}}。`),
      ],
      highlightSegments: [c.data, c.dataAck],
    };
  },
  misconceptions: ["half-close-closes-both", "closer-still-sends", "forgot-data-length"],
};

export const timeWait: LessonSpec = {
  concept: "time-wait",
  what: L(
    "TIME-WAIT is the last state of the side that closed first. It has acknowledged the peer's FIN and has nothing left to send, yet it keeps the connection for twice the maximum segment lifetime (MSL).",
    "TIME-WAIT 是先关闭的一方的最后一个状态。它已经确认了对方的 FIN，也没有要发送的内容了，却仍要把连接保留两倍最长报文段寿命（MSL）的时间。",
  ),
  rule: L(
    'The side that sent the first FIN enters TIME-WAIT when it acknowledges the peer\'s FIN, and stays there 2 MSL (RFC 9293 takes MSL as 2 minutes; stacks use less, Linux keeps TIME-WAIT for 60 s). Two reasons: if its last ACK is lost, the peer retransmits its FIN, and TIME-WAIT is still there to acknowledge it again and restart its 2 MSL timer; and by the time it ends, every old segment of the connection has expired, so none can be taken for part of a new connection between the same socket pair. A RST arriving in TIME-WAIT would end it early: RFC 1337 describes the hazards of this "TIME-WAIT assassination" and recommends ignoring RSTs in TIME-WAIT.',
    "发送第一个 FIN 的一方在确认对方的 FIN 时进入 TIME-WAIT，并停留 2MSL（RFC 9293 取 MSL 为 2 分钟；协议栈通常取更短的值，Linux 的 TIME-WAIT 为 60 秒）。原因有二：如果它的最后一个 ACK 丢失，对方会重传 FIN，此时 TIME-WAIT 仍在，可以再次确认并重新启动 2MSL 计时器；并且等它结束时，这个连接的所有旧报文段都已消失，不会被误认为同一套接字对上新连接的报文段。在 TIME-WAIT 状态收到 RST 会使它提前结束：RFC 1337 描述了这种“TIME-WAIT 暗杀”的危害，并建议在 TIME-WAIT 状态忽略 RST。",
  ),
  citations: [{ rfc: 9293, section: "3.4.2" }, { rfc: 9293, section: "3.6.1" }, { rfc: 1337 }],
  example() {
    const b = lessonBuilder({ isn: { A: 1500, B: 4500 }, msl: 30 });
    openConnection(b, "A", "B");
    const c = closeConnection(b, "A", "B");
    const oneMsl = b.wait(toSeconds(b.current.config.msl));
    const twoMsl = waitForTimer(b, "A", "time-wait");
    return {
      scenario: b.scenario(),
      setup: L("A closes first, then B; MSL is {cfg:msl} s here.", "A 先关闭，随后 B 关闭；本例中 MSL 为 {cfg:msl} 秒。"),
      narration: [
        L(
          `A closed first, so when B's FIN arrives A sends the last ACK, {seg:${c.ack2}}, and enters {state:${c.steps.fin2Arrives}:A}; B is {state:${c.steps.ack2Arrives}:B} once that ACK arrives.`,
          `A 先关闭，所以 B 的 FIN 到达时，A 发出最后一个 ACK（{seg:${c.ack2}}）并进入 {state:${c.steps.fin2Arrives}:A}；这个 ACK 到达后，B 进入 {state:${c.steps.ack2Arrives}:B}。`,
        ),
        L(
          `MSL is {cfg:msl} s. At t = {t:${oneMsl}} s, one MSL later, A is still in {state:${oneMsl}:A}.`,
          `MSL 为 {cfg:msl} 秒。在 t = {t:${oneMsl}} 秒时，也就是一个 MSL 之后，A 仍处于 {state:${oneMsl}:A}。`,
        ),
        L(
          `At t = {t:${twoMsl}} s, 2 MSL ({twice:msl} s) after it entered TIME-WAIT, A's timer expires and A is {state:${twoMsl}:A}.`,
          `在 t = {t:${twoMsl}} 秒时，即进入 TIME-WAIT 之后 2MSL（{twice:msl} 秒），A 的计时器到期，A 进入 {state:${twoMsl}:A}。`,
        ),
      ],
      highlightStep: c.steps.fin2Arrives,
    };
  },
  misconceptions: ["time-wait-wrong-side", "time-wait-one-msl", "time-wait-skipped", "time-wait-not-restarted", "time-wait-forever"],
};

export const threeSegmentClose: LessonSpec = {
  concept: "three-segment-close",
  what: L(
    "A close can take three segments instead of four: when the second side's FIN is ready before its ACK of the first FIN has gone out, the FIN carries that ACK.",
    "关闭连接可以只用三个报文段而不是四个：如果后关闭一方的 FIN 在它对第一个 FIN 的确认发出之前就已准备好，这个 FIN 就会捎带该确认。",
  ),
  rule: L(
    "A receiver need not acknowledge at once: it may delay an ACK, hoping to send it on a segment it has to send anyway, but not for long (RFC 9293 requires less than 0.5 s; this simulator waits 0.2 s). If the application closes within that time, the FIN carries the ACK (FIN,ACK) and the close takes three segments; otherwise the delayed ACK goes out alone and the close takes four.",
    "接收方不必立即确认：它可以延迟确认，希望让 ACK 搭上反正要发送的报文段，但不能等太久（RFC 9293 要求少于 0.5 秒；本模拟器等待 0.2 秒）。如果应用在这段时间内关闭连接，FIN 就会捎带这个 ACK（FIN,ACK），关闭只需三个报文段；否则延迟的 ACK 单独发出，关闭需要四个报文段。",
  ),
  citations: [
    { rfc: 9293, section: "3.8.6.3" },
    { rfc: 9293, section: "3.6" },
  ],
  example() {
    const b = lessonBuilder({ isn: { A: 7000, B: 2000 }, delayedAck: true });
    openConnection(b, "A", "B");
    b.call("close", "A");
    const fin = b.deliver({ from: "A", flags: ["FIN"] });
    const finArrives = lastStep(b);
    b.wait(0.1);
    const close = b.call("close", "B");
    const finAck = b.deliver({ from: "B", flags: ["FIN"] });
    const finAckArrives = lastStep(b);
    const last = b.deliver({ from: "A", exactly: ["ACK"] });
    return {
      scenario: b.scenario(),
      setup: L(
        "ACKs are delayed here. A closes; B's application closes shortly after A's FIN arrives.",
        "本例启用了延迟确认。A 关闭连接；A 的 FIN 到达后不久，B 的应用也关闭连接。",
      ),
      narration: [
        L(
          `When {seg:${fin}} arrives, B enters {state:${finArrives}:B} but holds back its ACK for a short time.`,
          `{seg:${fin}} 到达后，B 进入 {state:${finArrives}:B}，但把 ACK 暂缓一小段时间再发。`,
        ),
        L(
          `B's application closes at t = {t:${close}} s, before the delayed ACK is due, so one segment carries both: {seg:${finAck}}, and B enters {state:${close}:B}.`,
          `B 的应用在 t = {t:${close}} 秒时关闭连接，此时延迟的 ACK 尚未发出，所以一个报文段同时携带两者：{seg:${finAck}}，B 进入 {state:${close}:B}。`,
        ),
        L(
          `That segment acknowledges A's FIN and carries B's, so A goes from FIN-WAIT-1 straight to {state:${finAckArrives}:A} and answers {seg:${last}}: three segments in all.`,
          `这个报文段既确认了 A 的 FIN，又携带 B 的 FIN，所以 A 从 FIN-WAIT-1 直接进入 {state:${finAckArrives}:A}，并用 {seg:${last}} 应答：总共三个报文段。`,
        ),
      ],
      highlightSegments: [finAck],
    };
  },
  misconceptions: ["delayed-ack-separate", "delayed-ack-waits-forever", "close-is-symmetric-with-open", "reply-missing-ack"],
};

export const lingering: LessonSpec = {
  concept: "lingering",
  what: L(
    "Some connections stay on a server long after anyone uses them: in CLOSE-WAIT when an application never closes its socket, in FIN-WAIT-2 when the peer never sends its FIN, and in TIME-WAIT on the side that closed first.",
    "有些连接在无人使用之后仍长时间留在服务器上：应用从不关闭套接字时停在 CLOSE-WAIT，对方迟迟不发 FIN 时停在 FIN-WAIT-2，先关闭的一方则停在 TIME-WAIT。",
  ),
  rule: L(
    "A connection leaves CLOSE-WAIT only when its application calls close; no TCP timer ends it, so a server that forgets to close sockets piles up connections in CLOSE-WAIT. RFC 9293 lets FIN-WAIT-2 last for ever; stacks limit it for sockets the application has already closed (Linux: net.ipv4.tcp_fin_timeout, 60 s by default), counting from the moment the endpoint enters FIN-WAIT-2. TIME-WAIT ends by its 2 MSL timer, or, where a stack allows it, early when a SYN with a higher sequence number reopens the same socket pair.",
    "连接只有在其应用调用 close 时才会离开 CLOSE-WAIT；没有任何 TCP 计时器会结束它，所以忘记关闭套接字的服务器会堆积大量处于 CLOSE-WAIT 的连接。RFC 9293 允许 FIN-WAIT-2 无限期持续；协议栈会为应用已关闭的套接字设置上限（Linux 的 net.ipv4.tcp_fin_timeout，默认 60 秒），从端点进入 FIN-WAIT-2 时开始计时。TIME-WAIT 在 2MSL 计时器到期时结束；在允许这样做的协议栈上，序列号更大的 SYN 也可以提前重新打开同一个套接字对。",
  ),
  citations: [{ rfc: 9293, section: "3.10.4" }, { rfc: 9293, section: "3.6.1" }, { rfc: 6191 }],
  example() {
    const b = lessonBuilder({ isn: { A: 900, B: 3300 }, finWait2Timeout: 60 });
    openConnection(b, "A", "B");
    b.call("close", "A");
    const fin = b.deliver({ from: "A", flags: ["FIN"] });
    const ack = b.deliver({ from: "B", exactly: ["ACK"] });
    const acked = lastStep(b);
    const expired = waitForTimer(b, "A", "fin-wait-2");
    return {
      scenario: b.scenario(),
      setup: L(
        "A closes; B's application never calls close. A's stack limits FIN-WAIT-2 to {cfg:finWait2Timeout} s.",
        "A 关闭连接；B 的应用始终不调用 close。A 的协议栈把 FIN-WAIT-2 限制为 {cfg:finWait2Timeout} 秒。",
      ),
      narration: [
        L(
          `After {seg:${fin}} and {seg:${ack}}, A is in {state:${acked}:A} and B in {state:${acked}:B}.`,
          `{seg:${fin}} 和 {seg:${ack}} 之后，A 处于 {state:${acked}:A}，B 处于 {state:${acked}:B}。`,
        ),
        L(
          `{cfg:finWait2Timeout} s after entering FIN-WAIT-2, at t = {t:${expired}} s, A gives up and is {state:${expired}:A}, sending nothing.`,
          `进入 FIN-WAIT-2 {cfg:finWait2Timeout} 秒后，即 t = {t:${expired}} 秒时，A 放弃等待，进入 {state:${expired}:A}，不发送任何报文段。`,
        ),
        L(
          `B is still in {state:${expired}:B}: it stays there until its application calls close.`,
          `B 仍处于 {state:${expired}:B}：它会一直停留在该状态，直到它的应用调用 close。`,
        ),
      ],
      highlightStep: expired,
    };
  },
  misconceptions: ["close-wait-ends-by-itself", "fin-wait-2-forever", "fin-wait-2-timeout-from-close", "time-wait-refuses-every-syn"],
};
