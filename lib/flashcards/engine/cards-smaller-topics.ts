import { pickBytes, pickIsns, pickMsl, pickSide, peerOf } from "./numbers";
import { Script, type ScriptConfig } from "./script";
import { L, type EngineCardSpec } from "./spec";

// The smaller topics of issue 11: a RST in TIME-WAIT (RFC 1337), CLOSE in LISTEN or SYN-RECEIVED,
// and shutdown() against a close with SO_LINGER 0.

/** A script whose scenario also sets optional fields of the format (Script passes them through). */
const scriptWith = (config: ScriptConfig & Record<string, unknown>): Script => new Script(config);

/** `client` closed first and is in TIME-WAIT; a RST at exactly its RCV.NXT arrives from the peer's side. */
function rstInTimeWait(rng: Parameters<EngineCardSpec["build"]>[0], rfc1337: boolean) {
  const client = pickSide(rng);
  const server = peerOf(client);
  const script = scriptWith({ isn: pickIsns(rng), msl: pickMsl(rng), ...(rfc1337 ? { timeWaitIgnoresRst: true } : {}) })
    .handshake(client)
    .close(client)
    .settle()
    .close(server)
    .settle();
  script.inject({ to: client, flags: ["RST"], seq: script.tcb[client].rcvNxt }).deliver({ from: server, flags: ["RST"] });
  return { script, subject: client };
}

export const SMALLER_TOPIC_ENGINE_CARDS: readonly EngineCardSpec[] = [
  {
    slug: "time-wait-receives-rst",
    concept: "time-wait",
    build: (rng) => rstInTimeWait(rng, false),
    context: [
      L(
        "The RST's seq is exactly {subject}'s RCV.NXT, and {subject}'s stack follows RFC 9293 as written.",
        "这个 RST 的 seq 恰为 {subject} 的 RCV.NXT，{subject} 的协议栈严格按照 RFC 9293 实现。",
      ),
    ],
    rule: L(
      "RFC 9293 treats TIME-WAIT like any synchronized state: a RST exactly at RCV.NXT closes it at once, before its 2 MSL are over. RFC 1337 calls this TIME-WAIT assassination.",
      "RFC 9293 把 TIME-WAIT 当作普通的已同步状态：序列号恰为 RCV.NXT 的 RST 会立即关闭它，不等 2MSL 结束。RFC 1337 把这称为 TIME-WAIT 暗杀。",
    ),
    expect: { from: "TIME-WAIT", to: "CLOSED", sends: [] },
  },
  {
    slug: "time-wait-receives-rst-rfc1337",
    concept: "time-wait",
    build: (rng) => rstInTimeWait(rng, true),
    context: [
      L(
        "The RST's seq is exactly {subject}'s RCV.NXT; {subject}'s stack applies RFC 1337's fix (Linux: net.ipv4.tcp_rfc1337 = 1).",
        "这个 RST 的 seq 恰为 {subject} 的 RCV.NXT；{subject} 的协议栈采用了 RFC 1337 的修正（Linux：net.ipv4.tcp_rfc1337 = 1）。",
      ),
    ],
    rule: L(
      "With RFC 1337's fix, TIME-WAIT drops every RST silently and waits out its 2 MSL, so no RST can cut it short.",
      "采用 RFC 1337 的修正后，TIME-WAIT 静默丢弃所有 RST 并等满 2MSL，任何 RST 都无法让它提前结束。",
    ),
    expect: { from: "TIME-WAIT", to: "TIME-WAIT", sends: [] },
  },
  {
    slug: "listen-close",
    concept: "handshake-states",
    build(rng) {
      const server = pickSide(rng);
      return { script: new Script({ isn: pickIsns(rng) }).listen(server).close(server), subject: server };
    },
    context: [L("No SYN has arrived yet.", "尚未有任何 SYN 到达。")],
    rule: L(
      "CLOSE in LISTEN deletes the TCB (RFC 9293 section 3.10.4): there is no connection to finish, so nothing is sent.",
      "在 LISTEN 状态调用 CLOSE 会删除 TCB（RFC 9293 第 3.10.4 节）：没有需要结束的连接，因此不发送任何报文段。",
    ),
    expect: { from: "LISTEN", to: "CLOSED", sends: [] },
  },
  {
    slug: "syn-received-close",
    concept: "handshake-states",
    build(rng) {
      const client = pickSide(rng);
      const server = peerOf(client);
      const script = new Script({ isn: pickIsns(rng) })
        .listen(server)
        .connect(client)
        .deliver({ from: client, flags: ["SYN"] });
      return { script: script.close(server), subject: server };
    },
    context: [
      L("{subject} has answered the SYN with a SYN,ACK and has no data waiting to be sent.", "{subject} 已用 SYN,ACK 应答 SYN，且没有等待发送的数据。"),
    ],
    rule: L(
      "CLOSE in SYN-RECEIVED with nothing queued sends a FIN and enters FIN-WAIT-1 (RFC 9293 section 3.10.4): the peer's SYN is already acknowledged, so the connection is closed like an established one.",
      "在 SYN-RECEIVED 状态调用 CLOSE 且没有排队的数据时，发送 FIN 并进入 FIN-WAIT-1（RFC 9293 第 3.10.4 节）：对方的 SYN 已被确认，因此像关闭已建立的连接一样关闭它。",
    ),
    expect: { from: "SYN-RECEIVED", to: "FIN-WAIT-1", sends: [["ACK", "FIN"]] },
  },
  {
    slug: "syn-received-close-with-data-queued",
    concept: "handshake-states",
    build(rng) {
      const client = pickSide(rng);
      const server = peerOf(client);
      const bytes = pickBytes(rng);
      const script = new Script({ isn: pickIsns(rng) })
        .listen(server)
        .connect(client)
        .deliver({ from: client, flags: ["SYN"] })
        .send(server, bytes);
      return { script: script.close(server), subject: server, vars: { bytes } };
    },
    context: [
      L(
        "{subject}'s application has queued {bytes} bytes with SEND; they wait for ESTABLISHED.",
        "{subject} 的应用已用 SEND 排队了 {bytes} 字节，这些数据要等进入 ESTABLISHED 才发出。",
      ),
    ],
    rule: L(
      "With data queued, CLOSE in SYN-RECEIVED is queued too (RFC 9293 section 3.10.4): nothing is sent yet; once the handshake completes, the data goes first and the FIN after it.",
      "有数据在排队时，在 SYN-RECEIVED 状态调用的 CLOSE 也要排队（RFC 9293 第 3.10.4 节）：暂不发送任何报文段；握手完成后先发数据，再发 FIN。",
    ),
    expect: { from: "SYN-RECEIVED", to: "SYN-RECEIVED", sends: [] },
  },
];
