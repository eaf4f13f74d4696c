import type { Locale } from "@/lib/i18n/config";
import type { ScenarioInput } from "@/lib/tcp";

/**
 * The simulator's ready-made scenarios, each the textbook case its name promises, written in the
 * scenario format so they load, share and export like anything a user builds by hand.
 * presets.test.ts runs every one through the engine and checks the promise.
 */

export const PRESET_IDS = [
  "handshake",
  "four-way-close",
  "three-segment-close",
  "half-close",
  "simultaneous-open",
  "simultaneous-close",
  "lost-last-ack",
  "syn-to-closed-port",
  "abort",
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  name: Record<Locale, string>;
  summary: Record<Locale, string>;
  scenario: ScenarioInput;
}

const ISN = { A: 1000, B: 5000 };

/** B listens, A connects, SYN, SYN,ACK and ACK arrive: segments 1 to 3. */
const handshake = [
  { call: "listen", on: "B" },
  { call: "connect", on: "A" },
  { deliver: 1 },
  { deliver: 2 },
  { deliver: 3 },
] as const satisfies ScenarioInput["steps"];

export const PRESETS: readonly Preset[] = [
  {
    id: "handshake",
    name: { en: "Three-way handshake", zh: "三次握手" },
    summary: {
      en: "B listens, A connects: SYN, SYN,ACK, ACK, and both sides are ESTABLISHED.",
      zh: "B 监听，A 发起连接：SYN、SYN,ACK、ACK 之后，双方都进入 ESTABLISHED 状态。",
    },
    scenario: { isn: ISN, steps: [...handshake] },
  },
  {
    id: "four-way-close",
    name: { en: "Four-way close", zh: "四次挥手" },
    summary: {
      en: "A closes first: A's FIN and B's ACK, then B's FIN and A's last ACK; A waits 2 MSL in TIME-WAIT.",
      zh: "A 先关闭：先是 A 的 FIN 和 B 的 ACK，然后是 B 的 FIN 和 A 的最后一个 ACK；A 在 TIME-WAIT 状态等待 2MSL。",
    },
    scenario: {
      isn: ISN,
      steps: [
        ...handshake,
        { call: "close", on: "A" },
        { deliver: 4 },
        { deliver: 5 },
        { call: "close", on: "B" },
        { deliver: 6 },
        { deliver: 7 },
        { wait: 240 },
      ],
    },
  },
  {
    id: "three-segment-close",
    name: { en: "Close in three segments (delayed ACK)", zh: "三次挥手（FIN 捎带 ACK，延迟确认）" },
    summary: {
      en: "With delayed ACKs, B's ACK of A's FIN rides on B's own FIN: FIN, FIN,ACK, ACK.",
      zh: "启用延迟确认后，B 对 A 的 FIN 的确认由 B 自己的 FIN 捎带：FIN、FIN,ACK、ACK。",
    },
    scenario: {
      isn: ISN,
      delayedAck: true,
      steps: [...handshake, { call: "close", on: "A" }, { deliver: 4 }, { call: "close", on: "B" }, { deliver: 5 }, { deliver: 6 }, { wait: 240 }],
    },
  },
  {
    id: "half-close",
    name: { en: "Half-close with data", zh: "半关闭后继续传数据" },
    summary: {
      en: "A closes its direction; B, in CLOSE-WAIT, still sends 100 bytes before closing too.",
      zh: "A 关闭自己的发送方向；处于 CLOSE-WAIT 的 B 仍发送 100 字节，然后才关闭。",
    },
    scenario: {
      isn: ISN,
      steps: [
        ...handshake,
        { call: "close", on: "A" },
        { deliver: 4 },
        { deliver: 5 },
        { call: "send", on: "B", bytes: 100 },
        { deliver: 6 },
        { deliver: 7 },
        { call: "close", on: "B" },
        { deliver: 8 },
        { deliver: 9 },
        { wait: 240 },
      ],
    },
  },
  {
    id: "simultaneous-open",
    name: { en: "Simultaneous open", zh: "同时打开" },
    summary: {
      en: "Both sides connect at once; their SYNs cross, each answers with SYN,ACK, and both reach ESTABLISHED.",
      zh: "双方同时发起连接；两个 SYN 在途中交错，双方各自回复 SYN,ACK，最终都进入 ESTABLISHED 状态。",
    },
    scenario: {
      isn: ISN,
      steps: [{ call: "connect", on: "A" }, { call: "connect", on: "B" }, { deliver: 1 }, { deliver: 2 }, { deliver: 3 }, { deliver: 4 }],
    },
  },
  {
    id: "simultaneous-close",
    name: { en: "Simultaneous close", zh: "同时关闭" },
    summary: {
      en: "Both sides close at once; their FINs cross, both pass through CLOSING and both end in TIME-WAIT.",
      zh: "双方同时关闭；两个 FIN 在途中交错，双方都经过 CLOSING，最后都进入 TIME-WAIT 状态。",
    },
    scenario: {
      isn: ISN,
      steps: [
        ...handshake,
        { call: "close", on: "A" },
        { call: "close", on: "B" },
        { deliver: 4 },
        { deliver: 5 },
        { deliver: 6 },
        { deliver: 7 },
        { wait: 240 },
      ],
    },
  },
  {
    id: "lost-last-ack",
    name: { en: "The last ACK is lost", zh: "最后一个 ACK 丢失" },
    summary: {
      en: "A's last ACK is dropped; B retransmits its FIN after the RTO and A, still in TIME-WAIT, answers it again.",
      zh: "A 的最后一个 ACK 丢失；B 的重传计时器到期后重传 FIN，仍处于 TIME-WAIT 状态的 A 再次确认。",
    },
    scenario: {
      isn: ISN,
      steps: [
        ...handshake,
        { call: "close", on: "A" },
        { deliver: 4 },
        { deliver: 5 },
        { call: "close", on: "B" },
        { deliver: 6 },
        { drop: 7 },
        { wait: 1 },
        { deliver: 8 },
        { deliver: 9 },
        { wait: 240 },
      ],
    },
  },
  {
    id: "syn-to-closed-port",
    name: { en: "SYN to a closed port", zh: "向关闭的端口发送 SYN" },
    summary: {
      en: 'Nobody listens on B: its answer to A\'s SYN is a RST, and A reports "connection refused".',
      zh: "B 没有监听：它用 RST,ACK 回应 A 的 SYN，A 报告“连接被拒绝”（connection refused）。",
    },
    scenario: { isn: ISN, steps: [{ call: "connect", on: "A" }, { deliver: 1 }, { deliver: 2 }] },
  },
  {
    id: "abort",
    name: { en: "ABORT sends a reset", zh: "中止（ABORT）发送 RST" },
    summary: {
      en: 'A aborts an established connection: one RST, no FIN, no TIME-WAIT, and B reports "connection reset".',
      zh: "A 中止（ABORT）已建立的连接：只发一个 RST，没有 FIN，也没有 TIME-WAIT；B 报告“连接被复位”（connection reset）。",
    },
    scenario: {
      isn: ISN,
      steps: [...handshake, { call: "send", on: "A", bytes: 100 }, { deliver: 4 }, { deliver: 5 }, { call: "abort", on: "A" }, { deliver: 6 }],
    },
  },
];

export const findPreset = (id: string): Preset | undefined => PRESETS.find((p) => p.id === id);
