import { describe, expect, it } from "vitest";
import type { StudentResultRowDto } from "./dto";
import { resultsRows } from "./results-rows";

const row = (overrides: Partial<StudentResultRowDto>): StudentResultRowDto => ({
  studentId: "s1",
  name: "Ada",
  email: "ada@example.test",
  status: "graded",
  attemptsUsed: 1,
  score: 7,
  timeSpentMs: 125_000,
  submittedAt: "2026-12-01T10:00:00.000Z",
  extendedDueAt: null,
  itemsCorrect: [true, false],
  hintsUsed: 2,
  ...overrides,
});

describe("resultsRows", () => {
  it("keeps what the table shows, in the tuple's order, and leaves out what it does not (email, per-item marks)", () => {
    const rows = resultsRows([
      row({}),
      row({
        studentId: "s2",
        name: "Lin",
        status: "not-started",
        score: null,
        timeSpentMs: null,
        submittedAt: null,
        hintsUsed: 0,
        extendedDueAt: "2026-12-09T10:00:00.000Z",
      }),
    ]);
    expect(rows).toEqual([
      ["s1", "Ada", "graded", 7, 2, 125_000, "2026-12-01T10:00:00.000Z", null],
      ["s2", "Lin", "not-started", null, 0, null, null, "2026-12-09T10:00:00.000Z"],
    ]);
    expect(JSON.stringify(rows)).not.toContain("example.test");
  });
});
