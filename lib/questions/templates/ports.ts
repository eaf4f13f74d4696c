import { seqAdd } from "../../tcp";
import { choices, type ChoiceOption } from "../choice-question";
import type { KnownMisconception } from "../misconceptions";
import { pickIsns, pickMsl } from "../params";
import { explanationDiagram } from "../state-question";
import type { Template } from "../template";
import { join, L } from "../text";
import { questionDiagram } from "../trace-view";
import { topicStory, variantOf } from "./topic-kit";

/** The socket pair, not the port (TIME-WAIT and a second connection), and what a port scan sees. */

export const socketPairReconnect: Template = {
  id: "socket-pair-reconnect",
  concept: "socket-pair",
  kind: "choice",
  title: L("TIME-WAIT holds a socket pair, not a port", "TIME-WAIT 占用的是套接字对，而不是端口"),
  build({ rng, difficulty, seed }) {
    const samePort = variantOf(seed, 2) === 0;
    const msl = pickMsl(rng, difficulty);
    const oldPort = rng.int(40000, 60000);
    const newPort = samePort ? oldPort : oldPort + rng.int(1, 5000);
    const isn = pickIsns(rng, difficulty);
    const story = topicStory({ isn, msl, listener: {} });
    story.call("listen", "B");
    story.step({ call: "connect", on: "A" });
    story.step({ deliver: "all" });
    story.call("close", "A");
    story.step({ deliver: "all" });
    story.step({ call: "close", on: "B" });
    story.step({ deliver: "all" });
    story.wait(rng.int(1, msl));
    const shown = story.stepCount;
    // The default connection is the one from oldPort; the new one uses newPort unless it is the same pair.
    // A new connection gets a new ISN (RFC 6528: the clock has moved on and the hash covers the ports).
    const newIsn = seqAdd(isn.A, rng.int(100_000, 2 ** 31));
    const connectStep = story.step(samePort ? { call: "connect", on: "A", isn: newIsn } : { call: "connect", on: "A", port: newPort, isn: newIsn }, true);
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const refused = run.trace.steps[connectStep]!.error !== null;
    const options: ChoiceOption[] = [
      {
        text: L("The new connection opens at once: it is a different socket pair.", "新连接立即建立：它是另一个套接字对。"),
        correct: !refused,
        misconception: "time-wait-pair-free",
      },
      {
        text: L("A's own stack refuses the connect: that socket pair is still in TIME-WAIT.", "A 自己的协议栈拒绝这次 connect：该套接字对仍处于 TIME-WAIT。"),
        correct: refused,
        misconception: "time-wait-blocks-port",
      },
      {
        text: L(
          "B answers the SYN with a RST, because its port is blocked until TIME-WAIT ends.",
          "B 用 RST 应答 SYN，因为在 TIME-WAIT 结束前它的端口被占用。",
        ),
        correct: false,
        misconception: "time-wait-blocks-port",
      },
    ];
    return {
      prompt: L(
        `A (the client, port ${oldPort}) and B (the server, port 80) had a connection; A closed first and is still in TIME-WAIT (2 MSL = ${2 * msl} s). B keeps listening on port 80. Now A connects to B's port 80 again, from port ${newPort}. What happens?`,
        `A（客户端，端口 ${oldPort}）与 B（服务器，端口 80）之间曾有一个连接；A 先关闭，目前仍处于 TIME-WAIT（2MSL = ${2 * msl} 秒）。B 仍在 80 端口监听。现在 A 从端口 ${newPort} 再次连接 B 的 80 端口。会发生什么？`,
      ),
      ...choices(rng, options, Math.floor(seed / 2)),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: L(
          `A connection is named by its socket pair, the 4-tuple (A's address and port, B's address and port), and TIME-WAIT holds exactly one pair for 2 MSL so that its old segments cannot join a new incarnation (RFC 9293 3.6.1). ${refused ? `From port ${newPort} again the pair is the same, so A's stack says "connection already exists".` : `Port ${newPort} makes a different pair, so the handshake runs at once while the old pair waits.`}`,
          `连接由其套接字对（四元组：A 的地址和端口、B 的地址和端口）标识，TIME-WAIT 在 2MSL 内只占用这一个套接字对，使旧报文段不会混入新的连接（RFC 9293 第 3.6.1 节）。${refused ? `再次从端口 ${newPort} 发起，套接字对相同，所以 A 的协议栈报告“连接已存在（connection already exists）”。` : `端口 ${newPort} 构成另一个套接字对，所以握手立即进行，旧的套接字对继续等待。`}`,
        ),
        rfc: "3.6.1",
        diagram: explanationDiagram(run, run.trace.steps.length - 1),
      },
    };
  },
};

type PortKind = "open" | "closed" | "filtered";

export const portScanOutcome: Template = {
  id: "port-scan-outcome",
  concept: "port-scan",
  kind: "choice",
  title: L("Reading a port scan", "解读端口扫描"),
  build({ rng, difficulty, seed }) {
    const kind: PortKind = (["open", "closed", "filtered"] as const)[variantOf(seed, 3)]!;
    const port = rng.pick([22, 25, 80, 443, 3306, 5432, 8080]);
    const story = topicStory({ isn: pickIsns(rng, difficulty), maxRetries: 1, ...(kind === "filtered" ? { filtered: ["B" as const] } : {}) });
    if (kind === "open") story.call("listen", "B");
    story.call("connect", "A");
    const synStep = story.stepCount;
    story.deliver({ from: "A", flags: ["SYN"] });
    if (kind === "filtered") story.wait(1);
    const shown = story.stepCount;
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const reply = run.trace.steps[synStep]!.sent.map((id) => run.trace.segments[id - 1]!)[0];
    const seen = reply ? reply.flags.join() : "none";
    const is = (k: PortKind) => (k === "open" ? seen === "ACK,SYN" : k === "closed" ? seen === "ACK,RST" : seen === "none");
    const wrongLabel = (k: PortKind): KnownMisconception =>
      k === "open"
        ? seen === "none"
          ? "silence-means-open"
          : "any-answer-means-open"
        : k === "closed"
          ? seen === "none"
            ? "silence-means-closed"
            : "synack-means-closed"
          : seen === "ACK,RST"
            ? "rst-means-filtered"
            : "synack-means-closed";
    const options: ChoiceOption[] = (["open", "closed", "filtered"] as const).map((k) => ({
      text: {
        open: L("Open: a socket is listening on the port.", "开放：有套接字在该端口监听。"),
        closed: L("Closed: the host is reachable but nothing listens on the port.", "关闭：主机可达，但没有套接字在该端口监听。"),
        filtered: L("Filtered: something between A and the port discards the probes.", "被过滤：A 与该端口之间有设备丢弃了探测报文段。"),
      }[k],
      correct: is(k),
      misconception: wrongLabel(k),
    }));
    const what = reply
      ? L(`B answers with ${reply.flags.includes("SYN") ? "SYN,ACK" : "RST,ACK"}.`, `B 以 ${reply.flags.includes("SYN") ? "SYN,ACK" : "RST,ACK"} 应答。`)
      : L("No answer comes, not even after A retransmits its SYN.", "没有任何应答，A 重传 SYN 之后也没有。");
    return {
      prompt: L(
        `A scans port ${port} of host B by sending a SYN (a half-open scan). ${what.en} What does A conclude about port ${port}?`,
        `A 向主机 B 的 ${port} 端口发送 SYN 进行扫描（半开扫描）。${what.zh}A 对 ${port} 端口得出什么结论？`,
      ),
      ...choices(rng, options),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: join([
          L(
            "A listening socket answers a SYN with SYN,ACK (RFC 9293 3.10.7.2): open. A host with no socket on the port answers with RST (3.10.7.1): closed. When nothing comes back at all, a firewall has dropped the SYN or its answer: filtered (a host does not stay silent for a closed port by itself, but a firewall can make it look so).",
            "监听套接字用 SYN,ACK 应答 SYN（RFC 9293 第 3.10.7.2 节）：端口开放。端口上没有套接字的主机用 RST 应答（第 3.10.7.1 节）：端口关闭。若完全没有应答，说明防火墙丢弃了 SYN 或其应答：端口被过滤（主机本身不会对关闭的端口保持沉默，但防火墙可以造成这种表象）。",
          ),
          ...(reply
            ? []
            : [
                L(
                  "Here the firewall discarded A's SYN, and also its retransmission, which A sent when its retransmission timer expired 1 s later.",
                  "本例中防火墙丢弃了 A 的 SYN，也丢弃了 A 在 1 秒后重传计时器到期时重传的 SYN。",
                ),
              ]),
        ]),
        rfc: kind === "open" ? "3.10.7.2" : "3.10.7.1",
        diagram: explanationDiagram(run, synStep),
      },
    };
  },
};
