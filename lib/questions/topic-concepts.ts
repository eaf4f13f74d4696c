import type { Concept } from "./types";

/** The concepts added for the topics of issue 11, in teaching order (after the first eleven). */
export const TOPIC_CONCEPT_IDS = [
  "handshake-loss",
  "syn-flood",
  "sequence-space",
  "data-phase",
  "half-open",
  "rst-validation",
  "lingering",
  "socket-pair",
  "port-scan",
] as const;

export const TOPIC_CONCEPTS: readonly Concept[] = [
  {
    id: "handshake-loss",
    name: { en: "Losses in the handshake", zh: "握手过程中的丢失" },
    summary: {
      en: "A lost SYN,ACK or third ACK: who retransmits, how data completes the handshake, when connect gives up.",
      zh: "SYN,ACK 或第三个 ACK 丢失时由谁重传、数据如何完成握手，以及 connect 何时放弃。",
    },
  },
  {
    id: "syn-flood",
    name: { en: "SYN flood and the listen queues", zh: "SYN 洪泛与监听队列" },
    summary: {
      en: "The SYN queue and the accept queue, what a flood fills, and how a SYN cookie keeps nothing.",
      zh: "半连接队列与全连接队列、洪泛攻击占满的是什么，以及 SYN cookie 如何做到不保存状态。",
    },
  },
  {
    id: "sequence-space",
    name: { en: "The sequence-number space", zh: "序列号空间" },
    summary: {
      en: "How an ISN is chosen (RFC 6528), how soon 2^32 numbers wrap, the largest transfer without wrap.",
      zh: "初始序列号如何选择（RFC 6528）、2^32 个序列号多快回绕，以及不回绕时能传送的最大数据量。",
    },
  },
  {
    id: "data-phase",
    name: { en: "Numbers in the data phase", zh: "数据传输阶段的序列号与确认号" },
    summary: { en: "Cumulative acknowledgments and the Telnet echo of Kurose & Ross.", zh: "累积确认，以及 Kurose & Ross 书中的 Telnet 回显例子。" },
  },
  {
    id: "half-open",
    name: { en: "Half-open connections and keep-alive", zh: "半开连接与保活" },
    summary: {
      en: "A crashed peer, found by data or by keep-alive probes, and what each side ends in.",
      zh: "对端崩溃后，通过数据或保活探测发现半开连接，以及双方最终所处的状态。",
    },
  },
  {
    id: "rst-validation",
    name: { en: "Checking RSTs and SYNs (RFC 5961)", zh: "RST 与 SYN 的校验（RFC 5961）" },
    summary: {
      en: "A RST at RCV.NXT resets, elsewhere in the window gets a challenge ACK, outside it is dropped.",
      zh: "序列号恰为 RCV.NXT 的 RST 会复位连接，窗口内其他位置的 RST 得到挑战 ACK，窗口外的被丢弃。",
    },
  },
  {
    id: "lingering",
    name: { en: "Connections that linger", zh: "迟迟不释放的连接" },
    summary: {
      en: "CLOSE-WAIT when an application never closes, the FIN-WAIT-2 timeout, a SYN that reopens TIME-WAIT.",
      zh: "应用不调用 close 时的 CLOSE-WAIT、FIN-WAIT-2 超时，以及在 TIME-WAIT 状态重新打开连接的 SYN。",
    },
  },
  {
    id: "socket-pair",
    name: { en: "The socket pair, not the port", zh: "套接字对（四元组），而不是端口" },
    summary: {
      en: "TIME-WAIT blocks one 4-tuple; a connection from another port opens at once.",
      zh: "TIME-WAIT 只占用一个四元组；从另一个端口发起的连接可以立即建立。",
    },
  },
  {
    id: "port-scan",
    name: { en: "Port-scan outcomes", zh: "端口扫描的结果" },
    summary: { en: "SYN,ACK means open, RST means closed, silence means filtered.", zh: "收到 SYN,ACK 表示端口开放，收到 RST 表示关闭，毫无应答表示被过滤。" },
  },
];
