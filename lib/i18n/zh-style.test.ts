import { describe, expect, it } from "vitest";
import { findZhStyleProblems, type ZhStyleRule } from "./zh-style";

const rulesOf = (text: string): ZhStyleRule[] => findZhStyleProblems(text).map((p) => p.rule);

describe("findZhStyleProblems", () => {
  it("accepts text written by the glossary's rules", () => {
    for (const text of [
      "A 发出的报文段 4 的 seq 是多少？",
      "4294966261 + 1435 = 400（按 2^32 取模回绕）",
      "B 同时置 SYN 位和 ACK 位（SYN,ACK）。",
      "第 {n} 题",
      "{concept}的掌握度",
      "「{feature}」正在开发中，敬请期待。",
      "RFC 9293 第 3.4.2 节",
      "t = {seconds} 秒",
      "TIME-WAIT（时间等待）",
      "Handshake",
    ]) {
      expect(findZhStyleProblems(text), text).toEqual([]);
    }
  });

  it("reports Chinese glued to Latin letters, digits and number placeholders", () => {
    expect(rulesOf("ack是多少")).toEqual(["space-cjk-latin"]);
    expect(rulesOf("经过60秒")).toEqual(["space-cjk-latin", "space-cjk-latin"]);
    expect(rulesOf("第{n}步")).toEqual(["space-cjk-latin", "space-cjk-latin"]);
    expect(rulesOf("掌握度50%的")).toEqual(["space-cjk-latin", "space-cjk-latin"]);
  });

  it("reports spaces next to Chinese punctuation, double spaces and spaces at either end", () => {
    expect(rulesOf("A 收到 SYN ，然后")).toEqual(["space-around-cjk-punctuation"]);
    expect(rulesOf("（ SYN）")).toEqual(["space-around-cjk-punctuation"]);
    expect(rulesOf("A 发送  SYN")).toEqual(["double-space"]);
    expect(rulesOf("B 发送 ")).toEqual(["edge-space"]);
    expect(rulesOf(" 不发送任何报文段。")).toEqual(["edge-space"]);
  });

  it("reports flags written ACK first, in either language", () => {
    expect(rulesOf("A 发送 ACK,FIN。")).toEqual(["flag-order"]);
    expect(rulesOf("B answers ACK,RST.")).toEqual(["flag-order"]);
    expect(rulesOf("ACK, SYN")).toEqual(["flag-order"]);
    expect(rulesOf("SYN、SYN-ACK、ACK")).toEqual(["flag-order"]);
    expect(rulesOf("FIN+ACK")).toEqual(["flag-order"]);
    expect(rulesOf("FIN,ACK and RST,ACK and SYN,ACK")).toEqual([]);
  });

  it("reports the glossary's 'not this' words", () => {
    for (const word of ["序号", "定时器", "本次运行", "最大报文段寿命", "四次握手", "主动 OPEN", "重置", "服务端", "单纯的 ACK", "三路握手", "侦听", "丢包"]) {
      expect(rulesOf(`这里有${word}一词`), word).toContain("glossary-word");
    }
    expect(rulesOf("序列号")).toEqual([]);
  });

  it("reports ASCII punctuation inside Chinese sentences", () => {
    expect(rulesOf("报文段,然后")).toEqual(["ascii-punctuation"]);
    expect(rulesOf("状态:ESTABLISHED")).toEqual(["ascii-punctuation"]);
    expect(rulesOf("A 的 SYN (第一个报文段)")).toEqual(["ascii-punctuation", "ascii-punctuation"]);
    expect(rulesOf("结束.")).toEqual(["ascii-punctuation"]);
    expect(rulesOf("ack=400，seq=1001。")).toEqual([]);
  });

  it("gives the offset and an excerpt of each problem", () => {
    const [problem] = findZhStyleProblems("请问ack是多少");
    expect(problem).toMatchObject({ rule: "space-cjk-latin", index: 1 });
    expect(problem!.excerpt).toContain("问ack");
  });
});
