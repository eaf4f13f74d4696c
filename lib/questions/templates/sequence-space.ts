import { LARGEST_TRANSFER_WITHOUT_WRAP, rfc6528Isn, SEQ_SPACE, segmentsFor, wrapSeconds, type ScenarioInput } from "../../tcp";
import { asNumber, numberInput } from "../inputs";
import { numberDistractors } from "../number-question";
import type { Rng } from "../random";
import { explanationDiagram } from "../state-question";
import { openConnection } from "../story";
import type { Template } from "../template";
import { L } from "../text";
import { topicStory } from "./topic-kit";

/** The 32-bit sequence space: ISN choice (RFC 6528), wrap time, the largest transfer without wrap. */

const SPACE_RULE = L(
  "Sequence numbers number bytes, one per data byte (plus one each for SYN and FIN), in a space of 2^32 numbers that wraps modulo 2^32 (RFC 9293 3.4).",
  "序列号给字节编号，每个数据字节一个（SYN 和 FIN 各占一个），序列号空间共有 2^32 个，按 2^32 取模回绕（RFC 9293 第 3.4 节）。",
);

/** A run in which A's numbers wrap: ISN just below 2^32, then data across the wrap. */
function wrapRun(rng: Rng): { scenario: ScenarioInput; run: ReturnType<ReturnType<typeof topicStory>["finish"]>["run"] } {
  const story = topicStory({ isn: { A: SEQ_SPACE - rng.int(100, 1000), B: rng.int(1, 99) * 100 } });
  openConnection(story, "A", "B");
  story.send("A", rng.int(1001, 1460));
  story.step({ deliver: "all" });
  return story.finish();
}

/** The wrap run with A's SYN (its ISN near 2^32) lit, and the data and ACK that cross 2^32. */
const wrapDiagram = (run: ReturnType<typeof wrapRun>["run"]) =>
  explanationDiagram(
    run,
    2,
    run.trace.segments.filter((s) => s.len > 0 || s.id > 3).map((s) => s.id),
  );

const RATES_MBPS = [1, 10, 45, 100, 155, 622, 1000, 2500, 10_000];

export const sequenceWrapTime: Template = {
  id: "sequence-wrap-time",
  concept: "sequence-space",
  kind: "number",
  title: L("How soon sequence numbers wrap", "序列号多快回绕"),
  build({ rng, difficulty }) {
    const mbps = rng.pick(difficulty === 1 ? RATES_MBPS.slice(0, 5) : RATES_MBPS);
    const bytesPerSecond = (mbps * 1_000_000) / 8;
    const key = Math.floor(wrapSeconds(bytesPerSecond));
    const { scenario, run } = wrapRun(rng);
    const rate = mbps >= 1000 ? `${mbps / 1000} Gbit/s` : `${mbps} Mbit/s`;
    return {
      prompt: L(
        `A sends without pause at ${rate} over one connection. How many whole seconds (rounded down) pass before its sequence numbers come round to where they started?`,
        `A 在一个连接上以 ${rate} 的速率不间断地发送数据。经过多少整秒（向下取整），它的序列号会回绕到起始值？`,
      ),
      input: numberInput("seconds", L("whole seconds", "整秒数")),
      scenario,
      scenarioIsPublic: true,
      key: asNumber(key),
      keyText: L(`${key} seconds`, `${key} 秒`),
      distractors: numberDistractors([
        [Math.floor(wrapSeconds(mbps * 1_000_000)), "rate-bits-as-bytes"],
        [Math.floor(wrapSeconds(bytesPerSecond) / 2), "space-is-2-31"],
      ]),
      explanation: {
        text: L(
          `${SPACE_RULE.en} At ${rate} = ${bytesPerSecond} bytes per second, 2^32 = ${SEQ_SPACE} numbers last ${SEQ_SPACE} / ${bytesPerSecond} = ${wrapSeconds(bytesPerSecond).toFixed(3)} s, so ${key} whole seconds. (RFC 7323 protects faster links with timestamps.) The diagram shows numbers wrapping in a run: data sent from just below 2^32 is acknowledged with a small number.`,
          `${SPACE_RULE.zh}${rate} 即每秒 ${bytesPerSecond} 字节，2^32 = ${SEQ_SPACE} 个序列号可用 ${SEQ_SPACE} / ${bytesPerSecond} = ${wrapSeconds(bytesPerSecond).toFixed(3)} 秒，即 ${key} 整秒。（更快的链路由 RFC 7323 的时间戳加以保护。）时序图展示了一次回绕：从接近 2^32 处发送的数据，其确认号是一个很小的数（按 2^32 取模回绕）。`,
        ),
        rfc: "3.4",
        diagram: wrapDiagram(run),
      },
    };
  },
};

const MSS_VALUES = [536, 1000, 1220, 1448, 1460, 8960];

export const sequenceLargestTransfer: Template = {
  id: "sequence-largest-transfer",
  concept: "sequence-space",
  kind: "number",
  title: L("The largest transfer without wrap", "不回绕时的最大传输量"),
  build({ rng }) {
    const mss = rng.pick(MSS_VALUES);
    const header = rng.pick([40, 52, 66]);
    const key = segmentsFor(LARGEST_TRANSFER_WITHOUT_WRAP, mss);
    const { scenario, run } = wrapRun(rng);
    return {
      prompt: L(
        `A file is sent over one TCP connection, so large that every one of the 2^32 sequence numbers is used once and none twice. Each segment carries at most ${mss} data bytes (MSS) and ${header} bytes of headers. How many segments carry the file?`,
        `一个文件通过一个 TCP 连接发送，文件大到 2^32 个序列号每个都恰好用了一次。每个报文段最多携带 ${mss} 字节数据（MSS）和 ${header} 字节首部。传送这个文件需要多少个报文段？`,
      ),
      input: numberInput("count", L("segments", "报文段数"), { min: 0, max: 2 ** 32 }),
      scenario,
      scenarioIsPublic: true,
      key: asNumber(key),
      keyText: L(`${key} segments`, `${key} 个报文段`),
      distractors: numberDistractors([
        [segmentsFor(LARGEST_TRANSFER_WITHOUT_WRAP, mss + header), "headers-take-sequence-numbers"],
        [segmentsFor(LARGEST_TRANSFER_WITHOUT_WRAP / 2, mss), "space-is-2-31"],
      ]),
      explanation: {
        text: L(
          `${SPACE_RULE.en} Headers take no sequence numbers, so the file is at most 2^32 = ${SEQ_SPACE} bytes, and with ${mss} bytes per segment it needs ceil(${SEQ_SPACE} / ${mss}) = ${key} segments (Kurose & Ross, problem P26).`,
          `${SPACE_RULE.zh}首部不占用序列号，所以文件最多 2^32 = ${SEQ_SPACE} 字节；每个报文段 ${mss} 字节，需要 ceil(${SEQ_SPACE} / ${mss}) = ${key} 个报文段（Kurose & Ross 习题 P26）。`,
        ),
        rfc: "3.4",
        diagram: wrapDiagram(run),
      },
    };
  },
};

export const isnRfc6528: Template = {
  id: "isn-rfc6528",
  concept: "sequence-space",
  kind: "number",
  title: L("Choosing an ISN (RFC 6528)", "选择初始序列号（RFC 6528）"),
  build({ rng, difficulty }) {
    const clockUs = difficulty === 1 ? rng.int(1, 999) * 1000 : rng.int(1, 2 ** 34);
    const hash = difficulty === 3 ? SEQ_SPACE - rng.int(1, 100_000) : rng.int(0, 2 ** 31);
    const key = rfc6528Isn(clockUs, hash);
    const story = topicStory({ isn: { A: key, B: rng.int(1, 99) * 100 } });
    openConnection(story, "A", "B");
    const { scenario, run } = story.finish();
    const ticks = Math.floor(clockUs / 4);
    const distractors = numberDistractors([
      [(clockUs + hash) % SEQ_SPACE, "isn-clock-microseconds"],
      [ticks % SEQ_SPACE, "isn-clock-only"],
      ...(ticks + hash >= SEQ_SPACE ? ([[ticks + hash, "no-wraparound"]] as const) : []),
    ]);
    return {
      prompt: L(
        `A's TCP chooses ISNs as RFC 6528 says: ISN = M + F(local address, local port, remote address, remote port, secret key), where M is a clock that ticks every 4 microseconds. A opens a connection ${clockUs} µs after M was 0, and F gives ${hash} for this connection. What ISN does A's SYN carry?`,
        `A 的 TCP 按 RFC 6528 选择初始序列号：ISN = M + F(本地地址, 本地端口, 远端地址, 远端端口, 密钥)，其中 M 是每 4 微秒加 1 的时钟。A 在 M 为 0 之后 ${clockUs} 微秒打开一个连接，该连接的 F 值为 ${hash}。A 的 SYN 携带的初始序列号是多少？`,
      ),
      input: numberInput("seq", L("ISN of A's SYN", "A 的 SYN 的初始序列号")),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`ISN = ${key}`, `初始序列号 = ${key}`),
      distractors,
      explanation: {
        text: L(
          `M = floor(${clockUs} / 4) = ${ticks}, and ISN = (${ticks} + ${hash}) mod 2^32 = ${key}. The clock keeps ISNs of successive connections apart; the keyed hash, different for every 4-tuple and unknown to outsiders, keeps an attacker from predicting them (RFC 9293 3.4.1).`,
          `M = floor(${clockUs} / 4) = ${ticks}，ISN = (${ticks} + ${hash}) mod 2^32 = ${key}${ticks + hash >= SEQ_SPACE ? "（按 2^32 取模回绕）" : ""}。时钟使相继连接的 ISN 彼此错开；带密钥的散列值对每个四元组都不同且外人不知道，使攻击者无法预测 ISN（RFC 9293 第 3.4.1 节）。`,
        ),
        rfc: "3.4.1",
        diagram: explanationDiagram(run, 2),
      },
    };
  },
};
