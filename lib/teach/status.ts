// When an assignment takes work and what a student sees of it. Pure: the server passes its own
// clock (`now`), so the browser's clock never decides whether an answer is late.
export type ShowAnswersMode = "IMMEDIATELY" | "AFTER_DUE" | "NEVER";

export type AssignmentStatus = "not-started" | "in-progress" | "submitted" | "late" | "graded";

/**
 * The student's own due time: their extension when they have one, else the class's; but never
 * after the moment the teacher closed the assignment ("close now") or archived its class.
 */
export function effectiveDueAt(dueAt: Date, extensionDueAt: Date | null | undefined, closedAt?: Date | null): Date {
  const due = extensionDueAt ?? dueAt;
  return closedAt && closedAt.getTime() < due.getTime() ? closedAt : due;
}

/** The earlier of the moments that close an assignment early (close now, archiving the class). */
export function closedAtOf(...moments: (Date | null | undefined)[]): Date | null {
  const times = moments.filter((m): m is Date => m instanceof Date);
  return times.length === 0 ? null : new Date(Math.min(...times.map((m) => m.getTime())));
}

/**
 * When an attempt stops taking answers: its start plus the time limit (a quiz in class), or null
 * without a limit. The due time still applies on its own (workWindow).
 */
export function attemptDeadline(startedAt: Date, timeLimitMinutes: number | null | undefined): Date | null {
  return timeLimitMinutes ? new Date(startedAt.getTime() + timeLimitMinutes * 60_000) : null;
}

export type Window = "not-open" | "open" | "closed";

/** Before opensAt nothing can be started; after the (effective) due time nothing is accepted. */
export function workWindow(opensAt: Date, dueAt: Date, now: Date): Window {
  if (now.getTime() < opensAt.getTime()) return "not-open";
  return now.getTime() > dueAt.getTime() ? "closed" : "open";
}

/** Whether the correct answers (and the explanations) may be shown to the student now. */
export function answersVisible(mode: ShowAnswersMode, dueAt: Date, now: Date): boolean {
  if (mode === "IMMEDIATELY") return true;
  if (mode === "AFTER_DUE") return now.getTime() > dueAt.getTime();
  return false;
}

/** Whether a submitted score is shown: held back until the due time when answers come then. */
export function scoreReleased(mode: ShowAnswersMode, dueAt: Date, now: Date): boolean {
  return mode !== "AFTER_DUE" || now.getTime() > dueAt.getTime();
}

/**
 * The status on the student's list: an attempt under way is "in progress"; otherwise a submitted
 * attempt is "graded" once its score is released ("submitted" until then); nothing submitted by
 * the due time is "late"; else "not started".
 */
export function assignmentStatus(options: {
  attempts: readonly { submittedAt: Date | null }[];
  dueAt: Date;
  showAnswers: ShowAnswersMode;
  now: Date;
}): AssignmentStatus {
  const { attempts, dueAt, showAnswers, now } = options;
  const pastDue = now.getTime() > dueAt.getTime();
  if (!pastDue && attempts.some((a) => a.submittedAt === null)) return "in-progress";
  if (attempts.some((a) => a.submittedAt !== null)) return scoreReleased(showAnswers, dueAt, now) ? "graded" : "submitted";
  return pastDue ? "late" : "not-started";
}

/** The attempt that counts: the best submitted score, the earlier on a tie. */
export function countedAttempt<T extends { attempt: number; submittedAt: Date | null; score: number | null }>(attempts: readonly T[]): T | null {
  let best: T | null = null;
  for (const a of attempts) {
    if (a.submittedAt === null || a.score === null) continue;
    if (!best || a.score > (best.score ?? -1) || (a.score === best.score && a.attempt < best.attempt)) best = a;
  }
  return best;
}
