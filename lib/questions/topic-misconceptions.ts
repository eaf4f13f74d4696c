import type { Localized } from "./types";

/**
 * The mistakes of the topics added for issue 11. Each comment states the precondition that the
 * engine's trace of a question must satisfy for the label to fit; topic-preconditions.ts checks it
 * on the trace, and content-checks.test.ts runs every template against it.
 */
export const TOPIC_LABELS = {
  // The SYN queue was full when the SYN arrived, and the listener answered (cookie) or had room.
  "syn-flood-always-drops": {
    en: "Thought a listener under a SYN flood always drops new SYNs: it answers while its SYN queue has room, or with a SYN cookie",
    zh: "以为遭受 SYN 洪泛的监听方总会丢弃新的 SYN：只要半连接队列还有空位，或启用了 SYN cookie，它就会应答",
  },
  // The listener answered the SYN and kept an entry (its SYN queue had room).
  "syn-cookie-always": {
    en: "Thought SYN cookies replace the SYN queue: they are used only when the queue is full",
    zh: "以为 SYN cookie 取代了半连接队列：只有队列已满时才会使用 SYN cookie",
  },
  // The SYN queue (or accept queue) was full in the trace.
  "syn-queue-unbounded": {
    en: "Forgot that the SYN queue has a limit: once half-open connections fill it, a new SYN gets no entry",
    zh: "忘了半连接队列有上限：半开连接占满队列后，新的 SYN 不会再得到条目",
  },
  // Any listener question: no RST is ever sent because of a full queue.
  "overload-sends-rst": {
    en: "Thought an overloaded listener answers with a RST: it drops the SYN (or answers with a cookie), and the client retries",
    zh: "以为过载的监听方会用 RST 应答：它会丢弃 SYN（或用 cookie 应答），客户端随后重试",
  },
  // A listener under a flood still had room in its SYN queue, answered a SYN with a SYN,ACK and sent no RST.
  "flooded-listener-sends-rst": {
    en: "Thought a listener under a SYN flood turns clients away with a RST: while its SYN queue has room it answers each SYN with a SYN,ACK, and a flood never makes it send a RST",
    zh: "以为遭受 SYN 洪泛的监听方会用 RST 拒绝客户端：只要半连接队列还有空位，它就用 SYN,ACK 应答每个 SYN；洪泛也从不会让它发送 RST",
  },
  // More clients completed their handshake than the accept queue holds.
  "accept-queue-unbounded": {
    en: "Forgot that the accept queue has a limit: with it full, a finished handshake stays in SYN-RECEIVED in the SYN queue",
    zh: "忘了全连接队列有上限：队列满后，已完成握手的连接仍停留在 SYN-RECEIVED 状态，留在半连接队列中",
  },
  // Forged SYNs were received: they never complete a handshake.
  "half-open-counted-as-accepted": {
    en: "Counted half-open connections as complete: a forged SYN never gets past SYN-RECEIVED",
    zh: "把半开连接算成了已完成的连接：伪造的 SYN 永远不会越过 SYN-RECEIVED 状态",
  },
  // Handshakes completed in the run.
  "completed-stay-in-syn-queue": {
    en: "Left finished handshakes in the SYN queue: a completed connection moves to the accept queue",
    zh: "把已完成握手的连接留在了半连接队列中：完成握手的连接会移到全连接队列",
  },
  // The client retransmitted its SYN before the server's SYN,ACK retransmission arrived.
  "duplicate-syn-gets-synack": {
    en: "Thought the client's retransmitted SYN brings a new SYN,ACK at once: the server in SYN-RECEIVED answers it with a bare ACK and resends its SYN,ACK only when its own timer expires",
    zh: "以为客户端重传的 SYN 会立刻换来新的 SYN,ACK：处于 SYN-RECEIVED 的服务器只用纯 ACK 应答它，要等自己的计时器到期才重传 SYN,ACK",
  },
  // The server retransmitted its SYN,ACK in the run.
  "synack-not-retransmitted": {
    en: "Thought only the client retransmits in a handshake: the server retransmits its SYN,ACK too, since a SYN occupies a sequence number",
    zh: "以为握手中只有客户端会重传：SYN 占用一个序列号，所以服务器也会重传它的 SYN,ACK",
  },
  // A data segment carrying ACK arrived at the server in SYN-RECEIVED.
  "only-pure-ack-completes": {
    en: "Thought only a pure ACK completes the handshake: any segment whose ACK acknowledges the SYN,ACK does, data included",
    zh: "以为只有纯 ACK 才能完成握手：任何确认了 SYN,ACK 的报文段都可以，包括携带数据的报文段",
  },
  // A passive SYN-RECEIVED gave up in the run.
  "passive-timeout-closed": {
    en: "Thought a server that gives up on its SYN,ACK goes to CLOSED: a passive open returns to LISTEN",
    zh: "以为放弃重传 SYN,ACK 的服务器会进入 CLOSED：被动打开的连接会回到 LISTEN",
  },
  // The endpoint gave up after its last retransmission.
  "give-up-at-last-send": {
    en: "Stopped counting at the last retransmission: the sender still waits a whole (doubled) timeout for its answer before giving up",
    zh: "只算到最后一次重传：发送方在放弃之前还要再等待一个完整的（加倍后的）超时时间",
  },
  // A rate was given in bits per second.
  "rate-bits-as-bytes": {
    en: "Used the rate in bits per second as bytes per second: sequence numbers count bytes, 8 bits each",
    zh: "把以比特每秒计的速率当成了字节每秒：序列号按字节计数，每字节 8 比特",
  },
  // The question asked about the 32-bit space.
  "space-is-2-31": {
    en: "Took the sequence space as 2^31 numbers: it has 2^32 (only comparisons use half of it)",
    zh: "把序列号空间当成了 2^31 个：它有 2^32 个序列号（只有比较大小时才用到一半）",
  },
  // Segments carry headers: only data bytes take sequence numbers.
  "headers-take-sequence-numbers": {
    en: "Counted header bytes in the sequence space: sequence numbers number data bytes only",
    zh: "把首部字节也算进了序列号空间：序列号只给数据字节编号",
  },
  // The ISN clock ticks every 4 µs.
  "isn-clock-microseconds": {
    en: "Counted the ISN clock in microseconds: it ticks once every 4 microseconds",
    zh: "把 ISN 时钟按微秒计数：它每 4 微秒才加 1",
  },
  // The ISN was computed with a keyed hash.
  "isn-clock-only": {
    en: "Left out the keyed hash: the ISN is the clock plus a hash of the connection's addresses, ports and a secret key",
    zh: "漏掉了带密钥的散列值：ISN 是时钟计数值加上由连接的地址、端口和密钥算出的散列值",
  },
  // Keep-alive probes were sent in the run.
  "keepalive-probe-new-byte": {
    en: "Gave the probe the next new sequence number: a keep-alive probe repeats the last byte already acknowledged (SND.NXT - 1) so that the peer must answer",
    zh: "给探测报文段用了下一个新的序列号：保活探测报文段重复已被确认的最后一个字节（SND.NXT - 1），迫使对方应答",
  },
  // The endpoint gave up after unanswered probes.
  "keepalive-idle-forgotten": {
    en: "Forgot the idle time: the first probe goes only after the connection has been idle for the whole idle time",
    zh: "忘了空闲时间：连接空闲满整个空闲时间后才发送第一个探测报文段",
  },
  "keepalive-gives-up-at-last-probe": {
    en: "Gave up at the last probe: the endpoint waits one more interval for its answer",
    zh: "在发出最后一个探测报文段时就放弃了：端点还要再等一个间隔时间等待应答",
  },
  // A RST arrived at a synchronized endpoint and its seq was not exactly RCV.NXT.
  "any-rst-resets": {
    en: "Thought any RST in the window resets the connection: only one exactly at RCV.NXT does; elsewhere in the window it gets a challenge ACK (RFC 5961)",
    zh: "以为窗口内任何 RST 都会复位连接：只有序列号恰为 RCV.NXT 的才会；窗口内其他位置的 RST 得到挑战 ACK（RFC 5961）",
  },
  // A RST in the window but not at RCV.NXT arrived.
  "in-window-rst-ignored": {
    en: "Thought a RST in the window but not exactly at RCV.NXT is ignored silently: it gets a challenge ACK (RFC 5961)",
    zh: "以为窗口内但不恰好在 RCV.NXT 的 RST 会被静默忽略：它会得到挑战 ACK（RFC 5961）",
  },
  // A RST outside the window arrived.
  "out-of-window-rst-answered": {
    en: "Thought a RST outside the window is answered: it is dropped silently",
    zh: "以为窗口外的 RST 会得到应答：它会被静默丢弃",
  },
  // A RST exactly at RCV.NXT arrived.
  "exact-rst-challenged": {
    en: "Thought even a RST exactly at RCV.NXT only gets a challenge ACK: that one resets the connection",
    zh: "以为序列号恰为 RCV.NXT 的 RST 也只得到挑战 ACK：这样的 RST 会复位连接",
  },
  // A SYN arrived in a synchronized state.
  "syn-in-established-restarts": {
    en: "Treated a SYN in ESTABLISHED as a new connection request: it gets a challenge ACK with the current numbers",
    zh: "把 ESTABLISHED 状态收到的 SYN 当成了新的连接请求：它得到的是带当前序列号和确认号的挑战 ACK",
  },
  // The peer's application never called close in the run.
  "close-wait-ends-by-itself": {
    en: "Thought CLOSE-WAIT ends by itself: it lasts until the application calls close",
    zh: "以为 CLOSE-WAIT 会自行结束：它一直持续到应用调用 close 为止",
  },
  // The closer sat in FIN-WAIT-2 with a timeout configured.
  "fin-wait-2-forever": {
    en: "Thought FIN-WAIT-2 always lasts for ever: a stack may time out a closed socket there (Linux: tcp_fin_timeout)",
    zh: "以为 FIN-WAIT-2 总会永远持续：协议栈可以让已关闭的套接字在该状态超时（Linux 的 tcp_fin_timeout）",
  },
  // The asked endpoint was in FIN-WAIT-2 at the asked step.
  "fin-wait-2-is-closed": {
    en: "Thought the endpoint that closed first is CLOSED once its FIN is acknowledged: it waits in FIN-WAIT-2 for the peer's FIN (or, if its stack has one, for the FIN-WAIT-2 timeout)",
    zh: "以为先关闭的一方在 FIN 被确认后就进入 CLOSED：它要在 FIN-WAIT-2 等待对方的 FIN（若协议栈设有 FIN-WAIT-2 超时，则等到超时）",
  },
  // The FIN-WAIT-2 timeout closed the endpoint in the run.
  "fin-wait-2-timeout-to-time-wait": {
    en: "Thought the FIN-WAIT-2 timeout leads to TIME-WAIT: only the peer's FIN does; the timeout closes the socket at once, without sending anything",
    zh: "以为 FIN-WAIT-2 超时后会进入 TIME-WAIT：只有收到对方的 FIN 才会进入 TIME-WAIT；超时会让套接字立即关闭，且不发送任何报文段",
  },
  // The FIN-WAIT-2 timeout ran, and the ACK of the FIN took time to arrive.
  "fin-wait-2-timeout-from-ack-sent": {
    en: "Started the FIN-WAIT-2 timer when the peer sent its ACK: it starts when that ACK arrives and the endpoint enters FIN-WAIT-2",
    zh: "从对方发出 ACK 时开始计 FIN-WAIT-2 计时器：它从该 ACK 到达、端点进入 FIN-WAIT-2 时才开始",
  },
  // The FIN-WAIT-2 timeout ran in the run.
  "fin-wait-2-timeout-from-close": {
    en: "Started the FIN-WAIT-2 timer at close: it starts when the ACK of the FIN arrives and the endpoint enters FIN-WAIT-2",
    zh: "从调用 close 时开始计 FIN-WAIT-2 计时器：它从 FIN 的 ACK 到达、端点进入 FIN-WAIT-2 时才开始",
  },
  // The SYN arriving in TIME-WAIT had a sequence number beyond RCV.NXT (and reopening is allowed).
  "time-wait-refuses-every-syn": {
    en: "Thought TIME-WAIT refuses every SYN: a stack may reopen it for a SYN beyond the old connection's numbers (RFC 9293 3.6.1, RFC 6191)",
    zh: "以为 TIME-WAIT 会拒绝所有 SYN：对于序列号超出旧连接范围的 SYN，协议栈可以重新打开连接（RFC 9293 第 3.6.1 节，RFC 6191）",
  },
  // A RST exactly at RCV.NXT closed an endpoint in TIME-WAIT (RFC 9293 as written).
  "time-wait-rst-ignored-by-rfc": {
    en: "Thought TIME-WAIT ignores a RST: as RFC 9293 is written, a RST exactly at RCV.NXT closes it (the TIME-WAIT assassination of RFC 1337); only a stack that applies RFC 1337's fix ignores it",
    zh: "以为 TIME-WAIT 会忽略 RST：按 RFC 9293 的原文，序列号恰为 RCV.NXT 的 RST 会关闭它（即 RFC 1337 所说的 TIME-WAIT 暗杀）；只有采用了 RFC 1337 修正的协议栈才会忽略它",
  },
  // A stack with RFC 1337's fix (timeWaitIgnoresRst) received a RST in TIME-WAIT, stayed there and sent nothing.
  "time-wait-rst-always-closes": {
    en: "Forgot RFC 1337's fix: a stack that applies it drops every RST in TIME-WAIT and waits out its 2 MSL",
    zh: "忘了 RFC 1337 的修正：采用该修正的协议栈在 TIME-WAIT 中丢弃所有 RST，并等满 2MSL",
  },
  "time-wait-rst-answered": {
    en: "Thought TIME-WAIT answers the RST with a challenge ACK: with RFC 1337's fix it drops every RST silently",
    zh: "以为 TIME-WAIT 会用挑战 ACK 应答该 RST：采用 RFC 1337 的修正后，它静默丢弃所有 RST",
  },
  // An endpoint went from LISTEN to CLOSED on CLOSE (sending nothing).
  "close-in-listen-keeps-listening": {
    en: "Thought CLOSE leaves a listening endpoint in LISTEN: in LISTEN, CLOSE deletes the TCB and the endpoint is CLOSED",
    zh: "以为 CLOSE 会让监听中的端点留在 LISTEN：在 LISTEN 状态调用 CLOSE 会删除 TCB，端点进入 CLOSED",
  },
  "close-in-listen-sends-fin": {
    en: "Thought CLOSE in LISTEN starts a close with a FIN: there is no connection to finish, so nothing is sent and the endpoint is CLOSED",
    zh: "以为在 LISTEN 状态调用 CLOSE 会发送 FIN 开始关闭：此时没有需要结束的连接，所以不发送任何报文段，端点直接进入 CLOSED",
  },
  // CLOSE was called on an endpoint in SYN-RECEIVED.
  "close-in-syn-received-deletes": {
    en: "Thought CLOSE in SYN-RECEIVED simply forgets the half-made connection: the peer's SYN is already acknowledged, so CLOSE sends a FIN (after any queued data) and leads to FIN-WAIT-1",
    zh: "以为在 SYN-RECEIVED 状态调用 CLOSE 只是丢掉这个尚未建立的连接：对方的 SYN 已被确认，所以 CLOSE 会发送 FIN（排在已排队的数据之后），并进入 FIN-WAIT-1",
  },
  "close-in-syn-received-to-listen": {
    en: "Thought CLOSE sends a passive SYN-RECEIVED back to LISTEN: only a RST or giving up on the SYN,ACK does; CLOSE sends a FIN and leads to FIN-WAIT-1",
    zh: "以为 CLOSE 会让被动打开的 SYN-RECEIVED 回到 LISTEN：只有收到 RST 或放弃重传 SYN,ACK 才会这样；CLOSE 发送 FIN 并进入 FIN-WAIT-1",
  },
  // CLOSE was called in SYN-RECEIVED with data queued, and the endpoint stayed in SYN-RECEIVED.
  "close-skips-queued-data": {
    en: "Thought CLOSE sends its FIN at once although data is queued: the FIN follows the queued data, which waits for ESTABLISHED, so the endpoint stays in SYN-RECEIVED for now",
    zh: "以为即使有数据在排队，CLOSE 也会立即发送 FIN：FIN 要排在数据之后，而数据要等进入 ESTABLISHED 才发出，所以端点暂时仍处于 SYN-RECEIVED",
  },
  // An ESTABLISHED endpoint's application closed (shutdown for writing) and a FIN went out.
  "shutdown-sends-rst": {
    en: "Thought shutdown() resets the connection: shutdown(SHUT_WR) is TCP's CLOSE, a FIN that ends only the caller's direction",
    zh: "以为调用 shutdown()，连接就会复位：以 SHUT_WR 调用 shutdown()，就是 TCP 的 CLOSE，发送一个 FIN，只结束调用方这个方向",
  },
  "shutdown-silent": {
    en: "Thought shutdown() only changes something locally: it sends a FIN at once, and the peer's next read returns end-of-file",
    zh: "以为调用 shutdown()，只会在本地产生作用：它会立即发送 FIN，对方下一次读取就会得到文件结束",
  },
  // Both SYNs carried MSS options of different values, and data was cut at the smaller.
  "mss-larger-used": {
    en: "Used the larger MSS: a side sends segments no larger than the smaller of the peer's MSS and its own limit",
    zh: "用了较大的 MSS：每一方发送的报文段不超过对方的 MSS 与自己上限中较小的那个",
  },
  // One SYN carried an MSS option and the other none, so its receiver sent at most 536 octets per segment.
  "mss-default-forgotten": {
    en: "Forgot the default: when the peer's SYN carries no MSS option, a sender must assume 536 octets (RFC 9293 3.7.1)",
    zh: "忘了默认值：对方的 SYN 没有携带 MSS 选项时，发送方必须假定 MSS 为 536 字节（RFC 9293 第 3.7.1 节）",
  },
  // Data went in segments of exactly the MSS in data octets.
  "mss-includes-headers": {
    en: "Took the headers out of the MSS: the MSS counts data octets only, the TCP and IP headers come on top",
    zh: "从 MSS 中扣除了首部：MSS 只计算数据字节，TCP 和 IP 首部另外计算",
  },
  // The last data segment was shorter than the others.
  "last-segment-not-counted": {
    en: "Rounded down: the last, shorter segment carries the rest and counts too",
    zh: "向下取整了：最后一个较短的报文段携带剩余的数据，也要计算在内",
  },
  // A connection from a different port was opened while one was in TIME-WAIT.
  "time-wait-blocks-port": {
    en: "Thought TIME-WAIT blocks the server's port: it holds one socket pair (4-tuple); a connection from another client port is a different pair",
    zh: "以为 TIME-WAIT 会占用服务器的端口：它只占用一个套接字对（四元组）；从客户端另一个端口发起的连接是另一个套接字对",
  },
  // The same 4-tuple was reused while in TIME-WAIT.
  "time-wait-pair-free": {
    en: "Thought the same socket pair can be used again at once: its TIME-WAIT must end first",
    zh: "以为同一个套接字对可以立即再次使用：必须等它的 TIME-WAIT 结束",
  },
  // The scanned port gave the key's answer; these name the other two readings.
  "silence-means-closed": {
    en: "Took silence for a closed port: a closed port answers with RST; no answer at all means a filter dropped the probe",
    zh: "把没有应答当成了端口关闭：关闭的端口会用 RST 应答；毫无应答说明探测报文段被过滤器丢弃了",
  },
  "rst-means-filtered": {
    en: "Took a RST for a filtered port: a RST comes from the host itself and means closed",
    zh: "把 RST 当成了端口被过滤：RST 来自主机本身，表示端口关闭",
  },
  "synack-means-closed": {
    en: "Misread a SYN,ACK: it means a socket is listening, the port is open",
    zh: "误解了 SYN,ACK：它表示有套接字正在监听，端口是开放的",
  },
  // The scan got a RST or silence, and the learner said open.
  "any-answer-means-open": {
    en: "Took any answer for an open port: only a SYN,ACK means a socket is listening; a RST means closed",
    zh: "以为有应答就说明端口开放：只有 SYN,ACK 表示有套接字在监听；RST 表示端口关闭",
  },
  "silence-means-open": {
    en: "Took silence for an open port: an open port answers with SYN,ACK; no answer at all means filtered",
    zh: "把没有应答当成了端口开放：开放的端口会用 SYN,ACK 应答；毫无应答表示被过滤",
  },
  // An earlier ACK of the run was lost and a later one acknowledged both segments.
  "ack-per-segment": {
    en: "Thought each segment needs its own ACK: an acknowledgment is cumulative, it confirms every byte before its number",
    zh: "以为每个报文段都需要自己的 ACK：确认是累积的，它确认了确认号之前的所有字节",
  },
  // Data of length > 1 or the echo case: the ACK counts the data bytes.
  "ack-counts-segments": {
    en: "Counted segments instead of bytes: the acknowledgment number is the next byte expected",
    zh: "按报文段而不是按字节计数：确认号是期望收到的下一个字节的序列号",
  },
} as const satisfies Record<string, Localized>;
