import { TOPIC_CONCEPTS } from "./topic-concepts";
import type { Concept, ConceptId } from "./types";

/** The concepts questions are filed under, in teaching order. */
export const CONCEPTS: readonly Concept[] = [
  {
    id: "handshake-states",
    name: { en: "Three-way handshake: states", zh: "三次握手：状态变化" },
    summary: { en: "Which state each side is in as SYN, SYN,ACK and ACK travel.", zh: "SYN、SYN,ACK、ACK 往返时双方各处于什么状态。" },
  },
  {
    id: "handshake-numbers",
    name: { en: "Three-way handshake: sequence numbers", zh: "三次握手：序列号与确认号" },
    summary: { en: "A SYN consumes one sequence number, so the ACK of ISN x is x + 1.", zh: "SYN 占用一个序列号，因此对初始序列号 x 的确认号是 x + 1。" },
  },
  {
    id: "teardown-states",
    name: { en: "Four-way close: states", zh: "四次挥手：状态变化" },
    summary: {
      en: "FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, LAST-ACK and TIME-WAIT, and who passes through which.",
      zh: "FIN-WAIT-1、FIN-WAIT-2、CLOSE-WAIT、LAST-ACK、TIME-WAIT，以及哪一方经过哪些状态。",
    },
  },
  {
    id: "teardown-numbers",
    name: { en: "Four-way close: sequence numbers", zh: "四次挥手：序列号与确认号" },
    summary: {
      en: "The numbers of the FINs and ACKs, including data sent during the half-close.",
      zh: "FIN 与 ACK 报文段的序列号和确认号，包括半关闭期间发送的数据。",
    },
  },
  {
    id: "half-close",
    name: { en: "Half-close", zh: "半关闭" },
    summary: { en: "After one FIN, the other direction stays open: who may still send.", zh: "一方发出 FIN 后另一个方向仍然打开：谁还能发送数据。" },
  },
  {
    id: "time-wait",
    name: { en: "TIME-WAIT", zh: "TIME-WAIT 状态" },
    summary: { en: "Who enters it, for how long (2 MSL), and why.", zh: "哪一方进入该状态、持续多久（2MSL）以及原因。" },
  },
  {
    id: "three-segment-close",
    name: { en: "Closing with three segments", zh: "三次挥手（FIN 捎带 ACK）" },
    summary: {
      en: "With a delayed ACK, the FIN rides on the ACK and the close takes three segments.",
      zh: "启用延迟确认时，FIN 捎带 ACK（FIN,ACK），关闭只需三个报文段。",
    },
  },
  {
    id: "simultaneous",
    name: { en: "Simultaneous open and close", zh: "同时打开与同时关闭" },
    summary: {
      en: "Both sides send SYN or FIN at once: SYN-RECEIVED from SYN-SENT, CLOSING.",
      zh: "双方同时发送 SYN 或 FIN：从 SYN-SENT 进入 SYN-RECEIVED，以及 CLOSING 状态。",
    },
  },
  {
    id: "resets",
    name: { en: "Resets", zh: "复位（RST）" },
    summary: {
      en: "A segment where no connection exists, ABORT, and what a RST does in each state (RFC 5961).",
      zh: "到达不存在的连接的报文段、中止（ABORT），以及各状态下收到 RST 的处理（RFC 5961）。",
    },
  },
  {
    id: "loss",
    name: { en: "Lost segments", zh: "报文段丢失" },
    summary: {
      en: "A lost SYN, SYN,ACK, FIN or last ACK: retransmission and exponential backoff.",
      zh: "SYN、SYN,ACK、FIN 或最后一个 ACK 丢失时的重传与指数退避。",
    },
  },
  {
    id: "why-three-four",
    name: { en: "Why three to open and four to close", zh: "为什么握手三次、挥手四次" },
    summary: {
      en: "Old duplicate SYNs (RFC 9293 Figure 8) and the independent close of each direction.",
      zh: "历史重复 SYN（RFC 9293 图 8），以及两个方向各自独立关闭。",
    },
  },
  ...TOPIC_CONCEPTS,
];

export function conceptById(id: ConceptId): Concept {
  const concept = CONCEPTS.find((c) => c.id === id);
  if (!concept) throw new Error(`unknown concept ${id}`);
  return concept;
}
