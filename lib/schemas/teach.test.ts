import { describe, expect, it } from "vitest";
import { createAssignmentSchema, extendDueSchema } from "./teach";

const valid = {
  classId: "class_1",
  title: "Handshake",
  selection: "concepts",
  concepts: ["handshake-states"],
  questionCount: "5",
  difficulty: "3",
  attemptsAllowed: "1",
  showAnswers: "IMMEDIATELY",
  opensAt: "2026-03-01T09:00",
  dueAt: "2026-03-08T09:00",
  tzOffset: "300",
};

const fieldErrors = (input: Record<string, unknown>) => {
  const result = createAssignmentSchema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
};

describe("createAssignmentSchema dates", () => {
  it("accepts the last minute of 2099 and refuses 31 December 9999 west of UTC (year 10000 in UTC)", () => {
    expect(createAssignmentSchema.safeParse({ ...valid, dueAt: "2099-12-31T23:59" }).success).toBe(true);
    expect(fieldErrors({ ...valid, dueAt: "9999-12-31T23:59" })).toEqual({ dueAt: ["teach.dateOutOfRange"] });
    expect(fieldErrors({ ...valid, opensAt: "1999-12-31T23:59" })).toEqual({ opensAt: ["teach.dateOutOfRange"] });
  });

  it("bounds an extension's due time the same way", () => {
    const extension = { assignmentId: "a", studentId: "s", tzOffset: "300" };
    expect(extendDueSchema.safeParse({ ...extension, dueAt: "2030-01-01T00:00" }).success).toBe(true);
    const refused = extendDueSchema.safeParse({ ...extension, dueAt: "9999-12-31T23:59" });
    expect(refused.success ? null : refused.error.issues.map((i) => i.message)).toEqual(["teach.dateOutOfRange"]);
  });
});

describe("createAssignmentSchema reports every problem at once", () => {
  it("names the title, the empty selection and the due time together", () => {
    const errors = fieldErrors({ ...valid, title: " ", concepts: [], questionCount: "99", dueAt: "2026-02-01T09:00" });
    expect(Object.keys(errors).sort()).toEqual(["concepts", "dueAt", "questionCount", "title"]);
    expect(errors.dueAt).toEqual(["teach.dueBeforeOpen"]);
    expect(errors.concepts).toEqual(["teach.pickContent"]);
  });
});
