import { pickIsns, pickMsl, pickSide, peerOf } from "./numbers";
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
    context: [L("The RST's seq is exactly {subject}'s RCV.NXT, and {subject}'s stack follows RFC 9293 as written.", "这个 RST 的 seq 恰为 {subject} 的 RCV.NXT，{subject} 的协议栈严格按照 RFC 9293 实现。")],
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
    context: [L("The RST's seq is exactly {subject}'s RCV.NXT; {subject}'s stack applies RFC 1337's fix (Linux: net.ipv4.tcp_rfc1337 = 1).", "这个 RST 的 seq 恰为 {subject} 的 RCV.NXT；{subject} 的协议栈采用了 RFC 1337 的修正（Linux：net.ipv4.tcp_rfc1337 = 1）。")],
    rule: L(
      "With RFC 1337's fix, TIME-WAIT drops every RST silently and waits out its 2 MSL, so no RST can cut it short.",
      "采用 RFC 1337 的修正后，TIME-WAIT 静默丢弃所有 RST 并等满 2MSL，任何 RST 都无法让它提前结束。",
    ),
    expect: { from: "TIME-WAIT", to: "TIME-WAIT", sends: [] },
  },
];
