import type { ScenarioInput } from "@/lib/tcp";

/**
 * The sample captures a guest can open at once (public/captures/, CC0-1.0). The engine's ones are
 * written by `npm run -s capture:samples` from the scenarios below; the loopback ones were captured
 * on a Linux machine with tcpdump on lo, with `ss -tanoH` sampled beside them (lib/capture/fixtures).
 */
export interface CaptureSampleInfo {
  file: string;
  name: { en: string; zh: string };
  /** For the engine's samples: the scenario it exports. */
  scenario?: ScenarioInput;
}

const ISN = { A: 1000, B: 5000 };
const OPEN = [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: "all" }] as const;

export const CAPTURE_SAMPLES: readonly CaptureSampleInfo[] = [
  { file: "linux-open-close.pcap", name: { en: "Linux: open, data, close", zh: "Linux：打开、数据、关闭" } },
  { file: "linux-half-close.pcap", name: { en: "Linux: half-close", zh: "Linux：半关闭" } },
  { file: "linux-rst-closed-port.pcap", name: { en: "Linux: RST to a closed port", zh: "Linux：RST 回应关闭的端口" } },
  {
    file: "handshake.pcap",
    name: { en: "Three-way handshake", zh: "三次握手" },
    scenario: { isn: ISN, steps: [...OPEN] },
  },
  {
    file: "four-way-close.pcap",
    name: { en: "Four-way close", zh: "四次挥手" },
    scenario: {
      isn: ISN,
      steps: [
        ...OPEN,
        { call: "send", on: "A", bytes: 100 },
        { deliver: "all" },
        { call: "close", on: "A" },
        { deliver: "all" },
        { wait: 0.5 },
        { call: "close", on: "B" },
        { deliver: "all" },
      ],
    },
  },
  {
    file: "half-close.pcap",
    name: { en: "Half-close: the server still sends", zh: "半关闭：服务器继续发送" },
    scenario: {
      isn: ISN,
      steps: [
        ...OPEN,
        { call: "close", on: "A" },
        { deliver: "all" },
        { wait: 0.2 },
        { call: "send", on: "B", bytes: 1200 },
        { deliver: "all" },
        { wait: 0.2 },
        { call: "close", on: "B" },
        { deliver: "all" },
      ],
    },
  },
  {
    file: "lost-last-ack.pcap",
    name: { en: "Lost last ACK", zh: "最后一个 ACK 丢失" },
    scenario: {
      isn: ISN,
      steps: [
        ...OPEN,
        { call: "close", on: "A" },
        { deliver: "all" },
        { call: "close", on: "B" },
        { deliver: 6 },
        { drop: 7 },
        { wait: 1 },
        { deliver: "all" },
      ],
    },
  },
  {
    file: "rst-closed-port.pcap",
    name: { en: "SYN to a closed port", zh: "SYN 发往关闭的端口" },
    scenario: { isn: ISN, steps: [{ call: "connect", on: "A" }, { deliver: "all" }] },
  },
  {
    file: "simultaneous-close.pcap",
    name: { en: "Simultaneous close", zh: "同时关闭" },
    scenario: { isn: ISN, steps: [...OPEN, { call: "close", on: "A" }, { call: "close", on: "B" }, { deliver: "all" }] },
  },
];
