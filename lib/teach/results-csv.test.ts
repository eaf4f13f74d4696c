import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import type { AssignmentResultsDto, StudentResultRowDto } from "./dto";
import { csvContentDisposition, csvDateTime, resultsCsvTable } from "./results-csv";

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

describe("resultsCsvTable", () => {
  const row = (overrides: Partial<StudentResultRowDto>): StudentResultRowDto => ({
    studentId: "s",
    name: "Ada",
    email: "ada@example.com",
    status: "submitted",
    attemptsUsed: 1,
    score: 1,
    timeSpentMs: 95_000,
    submittedAt: "2026-03-01T17:30:00.000Z",
    extendedDueAt: null,
    itemsCorrect: [true, false],
    hintsUsed: 0,
    ...overrides,
  });
  // Only what the table reads of the assignment.
  const results = {
    assignment: { dueAt: "2026-03-02T00:00:00.000Z", items: [{ templateTitle: "SYN,ACK's ack" }, { templateTitle: "Closing" }] },
    rows: [
      row({ hintsUsed: 2 }),
      row({ name: "Bob", hintsUsed: 0 }),
      row({ name: "Cy", status: "not-started", attemptsUsed: 0, score: null, timeSpentMs: null, submittedAt: null, itemsCorrect: [null, null] }),
    ],
  } as unknown as AssignmentResultsDto;

  it("has a hints-used column, in both languages, with the counted attempt's hints (empty when nothing is submitted)", () => {
    const [header, ada, bob, cy] = resultsCsvTable(results, { t: messages.en.teach, timeZone: "UTC" });
    const column = header!.indexOf("Hints used");
    expect(column).toBeGreaterThan(0);
    expect([ada![column], bob![column], cy![column]]).toEqual([2, 0, null]);
    expect(resultsCsvTable(results, { t: messages.zh.teach, timeZone: "UTC" })[0]![column]).toBe("使用提示次数");
  });

  it("keeps a column per question, last, and the times in the teacher's zone", () => {
    const [header, ada] = resultsCsvTable(results, { t: messages.en.teach, timeZone: "Asia/Shanghai" });
    expect(header!.slice(-2)).toEqual(["Q1: SYN,ACK's ack (1 = right)", "Q2: Closing (1 = right)"]);
    expect(ada!.slice(-2)).toEqual([1, 0]);
    expect(header).toContain("Submitted (Asia/Shanghai)");
    expect(ada).toContain("2026-03-02 01:30");
  });
});
