// The scale seed's sizes and its accounts, shared by the seed and the benchmarks that read it.

export const SCALE = {
  teachers: 10,
  classes: 40,
  students: 2000,
  assignmentsPerClass: 15,
  itemsPerAssignment: 10,
  /** Assignment answers plus practice attempts. */
  answers: 1_000_000,
} as const;

/** Every seeded account's password: a benchmark fixture, never a real account's. */
export const SCALE_PASSWORD = "scale-bench-password-7";

export const scaleEmail = (role: "teacher" | "student", n: number) =>
  role === "teacher" ? `teacher${String(n).padStart(2, "0")}@scale.test` : `student${String(n).padStart(4, "0")}@scale.test`;
