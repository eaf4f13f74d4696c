import { describe, expect, it } from "vitest";
import { messages } from "../i18n/messages";
import { createTranslator } from "../i18n/translate";
import { analyseCapture } from "./analyse-capture";
import { CAPTURE_ERROR_CODES, CaptureError, captureErrorText, isCaptureError } from "./capture-error";
import { pcapngOf, pcapOf } from "./testing";

const zh = createTranslator(messages.zh, "captures", "zh");
const en = createTranslator(messages.en, "captures", "en");

const errorOf = (bytes: Uint8Array): CaptureError => {
  try {
    analyseCapture(bytes);
  } catch (error) {
    if (isCaptureError(error)) return error;
    throw error;
  }
  throw new Error("no error");
};

const handshake = pcapOf([
  { t: 0, from: "c", flags: "S", seq: 100 },
  { t: 0.01, from: "s", flags: "SA", seq: 300, ack: 101 },
]);

describe("capture errors in the reader's language", () => {
  it("says the same as the command line in English, from the English catalogue", () => {
    const error = errorOf(handshake.subarray(0, 30));
    expect(error.code).toBe("truncatedRecordHeader");
    expect(error.place).toEqual({ packet: 1 });
    expect(captureErrorText(en, error)).toBe(error.message);
    expect(error.message).toBe("packet 1: truncated record header (the file ends 6 bytes into it)");
  });

  it("says it in Chinese, with the place and the numbers filled in", () => {
    expect(captureErrorText(zh, errorOf(handshake.subarray(0, 30)))).toBe("第 1 帧：记录头被截断（文件在记录头的 6 字节处结束）");
    expect(captureErrorText(zh, errorOf(new TextEncoder().encode("hello, world\n")))).toBe("不是 pcap、pcapng 或 tcpdump 文本文件");
    expect(captureErrorText(zh, errorOf(new TextEncoder().encode("12:00:01.000 IP 10.0.0.1.1 > 10.0.0.2.2: Flags [S], seq 1, length 0\n")))).toMatch(
      /^第 1 行：/,
    );
    const file = pcapngOf([], [{ itf: 0, units: BigInt(1), data: new Uint8Array(60) }]);
    expect(captureErrorText(zh, errorOf(file))).toBe("第 1 帧：接口 0 从未被描述");
  });

  it("has a message in both languages for every code, every placeholder given a value", () => {
    const vars = {
      size: "1.0",
      limit: "64.0",
      max: 9,
      left: 2,
      fraction: 3,
      length: 4,
      code: 5,
      value: 6,
      index: 7,
      total: 8,
      payload: 9,
      digits: "1",
      flags: "Z",
    };
    for (const code of CAPTURE_ERROR_CODES) {
      for (const say of [en, zh]) {
        const text = captureErrorText(say, { code, vars, place: { block: 2, offset: 40 } });
        expect(text, code).not.toMatch(/[{}#]|err_|errAt_/);
      }
      expect(captureErrorText(zh, { code, vars, place: null }), code).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
