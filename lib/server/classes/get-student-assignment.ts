import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { grade, parseResponse, type Question } from "@/lib/questions";
import { hintFor } from "@/lib/questions/hints";
import { answersVisible, assignmentStatus, scoreReleased } from "@/lib/teach/status";
import { toQuestionDto } from "../practice/to-question-dto";
import { toResultDto } from "../practice/to-result-dto";
import { timeTakenMs } from "../practice/time-taken";
import type { AssignmentItemDto, ReviewItemDto, StudentAssignmentDto } from "@/lib/teach/dto";
import type { DiagramData } from "@/lib/questions";
import { variantItems } from "../teach/variant";
import { loadStudentAssignment, type LoadedStudentAssignment } from "./load-student-assignment";

type Attempt = LoadedStudentAssignment["row"]["submissions"][number];

/** The student's stored answer to an item of the attempt, and its response when it still parses. */
function storedAnswer(question: Question, attempt: Attempt, index: number) {
  const answer = attempt.answers.find((a) => a.itemIndex === index);
  const parsed = answer ? parseResponse(question, answer.response) : null;
  return { answer, response: parsed?.ok ? parsed.response : null };
}

/** The items of one attempt as the student may see them: never a key unless answers are visible. */
function itemsOf(loaded: LoadedStudentAssignment, studentId: string, attempt: Attempt, showKeys: boolean, locale: Locale): AssignmentItemDto[] {
  return variantItems(loaded.row, studentId, attempt.attempt).map(({ index, question }) => {
    const { answer, response } = storedAnswer(question, attempt, index);
    const dto = toQuestionDto(question, { kind: "stored", id: `${attempt.id}-${index}` }, locale, loaded.row.authored.get(question.template)?.title[locale]);
    // A hint asked for and not yet answered comes back after a reload; none is sent before it is asked for.
    if (!answer && attempt.hints.some((h) => h.itemIndex === index)) dto.hint = hintFor(question)[locale];
    return {
      index,
      question: dto,
      response,
      result:
        showKeys && response && answer
          ? toResultDto(question, response, locale, { timeTakenMs: timeTakenMs(attempt.startedAt, answer.createdAt), recorded: true })
          : null,
    };
  });
}

/** A reviewed item without its run's diagram (getReviewDiagram sends it when the student opens it). */
function withoutDiagram(item: AssignmentItemDto): ReviewItemDto {
  if (!item.result) return { ...item, result: null };
  const { text, rfc, simulatorHref } = item.result.explanation;
  return { ...item, result: { ...item.result, explanation: { text, rfc, simulatorHref } } };
}

/**
 * The run's diagram of one answered item of the student's submitted attempt, as the review's
 * verdict would have carried it: only when the student may see the answers now (the same rule as
 * the review itself), else null, as for an item they did not answer or an attempt not theirs.
 */
export async function getReviewDiagram(options: {
  studentId: string;
  assignmentId: string;
  attempt: number;
  itemIndex: number;
  locale: Locale;
  now?: Date;
}): Promise<DiagramData | null> {
  const { studentId, assignmentId, attempt, itemIndex, locale, now = new Date() } = options;
  const loaded = await loadStudentAssignment(studentId, assignmentId, now);
  if (!loaded || !answersVisible(loaded.row.showAnswers, loaded.due, now)) return null;
  const submitted = loaded.row.submissions.find((s) => s.attempt === attempt && s.submittedAt !== null);
  if (!submitted) return null;
  // Only this item is graded again (the review graded them all to send the verdicts).
  const item = variantItems(loaded.row, studentId, submitted.attempt).find((i) => i.index === itemIndex);
  if (!item) return null;
  const { response } = storedAnswer(item.question, submitted, itemIndex);
  return response ? grade(item.question, response, locale).explanation.diagram : null;
}

/**
 * The assignment page of a student: status, their attempts, the attempt under way (their own
 * variant, their saved answers) and the latest submitted one for review. Keys and explanations
 * only as the assignment's "show answers" setting allows, by the server's clock. Null when the
 * student is not in the assignment's class.
 */
export async function getStudentAssignment(options: {
  studentId: string;
  assignmentId: string;
  locale: Locale;
  now?: Date;
}): Promise<StudentAssignmentDto | null> {
  const { studentId, assignmentId, locale, now = new Date() } = options;
  const loaded = await loadStudentAssignment(studentId, assignmentId, now);
  if (!loaded) return null;
  const { row, due, window, open, deadline } = loaded;
  const showKeys = answersVisible(row.showAnswers, due, now);
  const released = scoreReleased(row.showAnswers, due, now);
  const submitted = row.submissions.filter((s) => s.submittedAt !== null);
  const latest = submitted.at(-1) ?? null;
  const current = open && window === "open" ? open : null;
  return {
    id: row.id,
    title: row.title,
    className: row.classroom.name,
    opensAt: row.opensAt.toISOString(),
    dueAt: due.toISOString(),
    extended: due.getTime() !== row.dueAt.getTime(),
    attemptsAllowed: row.attemptsAllowed,
    showAnswers: row.showAnswers,
    status: assignmentStatus({ attempts: row.submissions, dueAt: due, showAnswers: row.showAnswers, now }),
    window,
    itemCount: row.itemTemplates.length,
    attempts: row.submissions.map((s) => ({ attempt: s.attempt, submittedAt: s.submittedAt?.toISOString() ?? null, score: released ? s.score : null })),
    current: current ? { attempt: current.attempt, items: itemsOf(loaded, studentId, current, showKeys, locale) } : null,
    review:
      latest && !current
        ? { attempt: latest.attempt, score: released ? latest.score : null, items: itemsOf(loaded, studentId, latest, showKeys, locale).map(withoutDiagram) }
        : null,
    canStart: window === "open" && !open && row.submissions.length < row.attemptsAllowed,
    timeLimitMinutes: row.timeLimitMinutes,
    // The countdown runs to the earlier of the time limit and the due time.
    deadline: current && deadline ? new Date(Math.min(deadline.getTime(), due.getTime())).toISOString() : null,
    serverNow: now.toISOString(),
    closedEarly: loaded.closedEarly,
    hasCaptureTask: Boolean(row.captureTask),
  };
}
