import { describe, expect, it } from "vitest";
import { csvContentDisposition, csvDateTime } from "./results-csv";

describe("csvContentDisposition", () => {
  it("keeps a Chinese title in filename* (RFC 6266) and gives old clients an ASCII fallback", () => {
    const header = csvContentDisposition("握手测验", "results");
    expect(header).toBe(`attachment; filename="results.csv"; filename*=UTF-8''%E6%8F%A1%E6%89%8B%E6%B5%8B%E9%AA%8C.csv`);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe("握手测验.csv");
  });

  it("keeps an English title readable in both and strips characters no file name may hold", () => {
    expect(csvContentDisposition('Quiz 1: "handshake"', "results")).toBe(
      `attachment; filename="quiz-1-handshake.csv"; filename*=UTF-8''Quiz%201%20handshake.csv`,
    );
  });
});

describe("csvDateTime", () => {
  it("writes times in the teacher's zone, not UTC", () => {
    expect(csvDateTime("2026-03-01T17:30:00.000Z", "America/Los_Angeles")).toBe("2026-03-01 09:30");
    expect(csvDateTime("2026-03-01T17:30:00.000Z", "Asia/Shanghai")).toBe("2026-03-02 01:30");
    expect(csvDateTime(null, "UTC")).toBeNull();
  });
});
