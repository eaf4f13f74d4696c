import { describe, expect, it } from "vitest";
import { answersVisible, assignmentStatus, attemptDeadline, closedAtOf, countedAttempt, effectiveDueAt, workWindow } from "./status";

const at = (iso: string) => new Date(iso);
const opens = at("2026-03-01T08:00:00Z");
const due = at("2026-03-08T08:00:00Z");

describe("due times", () => {
  it("uses the student's extension over the class's due time", () => {
    expect(effectiveDueAt(due, null)).toBe(due);
    const later = at("2026-03-10T08:00:00Z");
    expect(effectiveDueAt(due, later)).toBe(later);
  });

  it("is open from opensAt to the due time inclusive, by the given clock", () => {
    expect(workWindow(opens, due, at("2026-03-01T07:59:59Z"))).toBe("not-open");
    expect(workWindow(opens, due, opens)).toBe("open");
    expect(workWindow(opens, due, due)).toBe("open");
    expect(workWindow(opens, due, at("2026-03-08T08:00:01Z"))).toBe("closed");
    expect(workWindow(opens, at("2026-03-10T08:00:00Z"), at("2026-03-09T00:00:00Z"))).toBe("open");
  });

  it("shows answers at once, after the due time, or never", () => {
    const before = at("2026-03-05T00:00:00Z");
    const after = at("2026-03-09T00:00:00Z");
    expect([answersVisible("IMMEDIATELY", due, before), answersVisible("AFTER_DUE", due, before), answersVisible("NEVER", due, before)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([answersVisible("IMMEDIATELY", due, after), answersVisible("AFTER_DUE", due, after), answersVisible("NEVER", due, after)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe("assignmentStatus", () => {
  const before = at("2026-03-05T00:00:00Z");
  const after = at("2026-03-09T00:00:00Z");
  const status = (attempts: { submittedAt: Date | null }[], now: Date, mode: "IMMEDIATELY" | "AFTER_DUE" = "IMMEDIATELY") =>
    assignmentStatus({ attempts, dueAt: due, showAnswers: mode, now });

  it("goes from not started to in progress to graded", () => {
    expect(status([], before)).toBe("not-started");
    expect(status([{ submittedAt: null }], before)).toBe("in-progress");
    expect(status([{ submittedAt: before }], before)).toBe("graded");
  });

  it("is submitted (not graded) while the score is held until the due time", () => {
    expect(status([{ submittedAt: before }], before, "AFTER_DUE")).toBe("submitted");
    expect(status([{ submittedAt: before }], after, "AFTER_DUE")).toBe("graded");
  });

  it("is late when nothing was submitted by the due time", () => {
    expect(status([], after)).toBe("late");
    expect(status([{ submittedAt: null }], after)).toBe("late");
  });
});

describe("countedAttempt", () => {
  it("counts the best submitted attempt, the earlier on a tie", () => {
    const attempts = [
      { attempt: 1, submittedAt: due, score: 3 },
      { attempt: 2, submittedAt: due, score: 5 },
      { attempt: 3, submittedAt: due, score: 5 },
      { attempt: 4, submittedAt: null, score: null },
    ];
    expect(countedAttempt(attempts)?.attempt).toBe(2);
    expect(countedAttempt([{ attempt: 1, submittedAt: null, score: null }])).toBeNull();
  });
});

describe("closing early and the time limit", () => {
  const classDue = new Date("2026-03-10T12:00:00Z");
  const extended = new Date("2026-03-12T12:00:00Z");
  const closed = new Date("2026-03-09T08:00:00Z");

  it("close now ends the window for everyone, extensions included; a later close changes nothing", () => {
    expect(effectiveDueAt(classDue, extended, closed)).toEqual(closed);
    expect(effectiveDueAt(classDue, null, new Date("2026-03-11T00:00:00Z"))).toEqual(classDue);
    expect(closedAtOf(null, undefined)).toBeNull();
    expect(closedAtOf(new Date("2026-03-09T09:00:00Z"), closed)).toEqual(closed);
  });

  it("an attempt's deadline is its start plus the limit, none without a limit", () => {
    const started = new Date("2026-03-09T07:00:00Z");
    expect(attemptDeadline(started, 15)).toEqual(new Date("2026-03-09T07:15:00Z"));
    expect(attemptDeadline(started, null)).toBeNull();
  });
});
