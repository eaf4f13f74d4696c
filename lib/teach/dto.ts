// What the teaching pages' browsers receive. Types only (no "server-only"), so client components
// can import them. Dates travel as ISO strings.
import type { ConceptId, Difficulty, PublicInput, QuestionResponse } from "@/lib/questions";
import type { ParsedRoster } from "./email-list";
import type { AssignmentStatus, ShowAnswersMode } from "@/lib/teach/status";
import type { PracticeQuestionDto, PracticeResultDto, ResultWithoutDiagramDto } from "../practice/dto";

export interface ClassSummaryDto {
  id: string;
  name: string;
  joinCode: string;
  /** When the teacher archived it, or null. */
  archivedAt: string | null;
  studentCount: number;
  assignmentCount: number;
  createdAt: string;
}

export interface RosterEntryDto {
  studentId: string;
  name: string;
  email: string;
  joinedAt: string;
}

export interface AssignmentSummaryDto {
  id: string;
  title: string;
  opensAt: string;
  dueAt: string;
  itemCount: number;
  submittedCount: number;
}

export interface TeacherClassDto extends ClassSummaryDto {
  roster: RosterEntryDto[];
  /** Students the teacher removed, who cannot rejoin until re-admitted. */
  removed: RemovedStudentDto[];
  assignments: AssignmentSummaryDto[];
}

export interface RemovedStudentDto {
  studentId: string;
  name: string;
  email: string;
  removedAt: string;
}

export interface TeacherAssignmentDto {
  id: string;
  classId: string;
  className: string;
  title: string;
  concepts: ConceptId[];
  items: { index: number; templateId: string; templateTitle: string; concept: ConceptId; conceptName: string }[];
  difficulty: Difficulty;
  opensAt: string;
  dueAt: string;
  attemptsAllowed: number;
  showAnswers: ShowAnswersMode;
  timeLimitMinutes: number | null;
  /** When the teacher closed it early ("close now"), or null. */
  closedAt: string | null;
  /** Its class is archived: read-only. */
  archived: boolean;
}

/** One item of the teacher's preview: the question as a student sees it, plus its key. */
export interface PreviewItemDto {
  question: PracticeQuestionDto;
  keyText: string;
  rfc: string;
}

export interface StudentResultRowDto {
  studentId: string;
  name: string;
  email: string;
  status: AssignmentStatus;
  attemptsUsed: number;
  /** The counted attempt (best score): null when nothing is submitted. */
  score: number | null;
  timeSpentMs: number | null;
  submittedAt: string | null;
  /** Their own due time when it differs from the class's. */
  extendedDueAt: string | null;
  /** Per question of the counted attempt: right, wrong, or null (unanswered, or nothing submitted). */
  itemsCorrect: (boolean | null)[];
  /** Answers of the counted attempt given after a hint (issue 17). */
  hintsUsed: number;
}

export interface ItemStatsDto {
  students: number;
  correct: number;
  shareCorrect: number | null;
  discrimination: number | null;
  topWrong: { misconception: string; label: string; count: number } | null;
  /** The wrong answers themselves, when no known misconception fits any of them. */
  commonWrongResponses: { response: string; count: number }[];
  /** Too few students for the discrimination index to mean much. */
  fewStudents: boolean;
}

export interface AssignmentResultsDto {
  assignment: TeacherAssignmentDto;
  rows: StudentResultRowDto[];
  itemStats: (ItemStatsDto & { index: number; templateTitle: string; conceptName: string })[];
  conceptStats: (ItemStatsDto & { concept: ConceptId; conceptName: string; itemCount: number })[];
  submittedCount: number;
  /** Attempts started by anyone, on the roster or not (what editing and deleting must respect). */
  attemptCount: number;
}

export interface StudentAnswerDto {
  index: number;
  templateTitle: string;
  conceptName: string;
  prompt: string;
  input: PublicInput;
  response: QuestionResponse | null;
  correct: boolean | null;
  expected: string;
  misconception: string | null;
  /** The student asked for a hint before giving this answer. */
  hintUsed: boolean;
}

export interface StudentWorkDto {
  assignment: TeacherAssignmentDto;
  student: { id: string; name: string; email: string };
  attempts: { attempt: number; startedAt: string; submittedAt: string | null; score: number | null; answers: StudentAnswerDto[] }[];
}

export interface MasteryGridDto {
  classId: string;
  className: string;
  concepts: { id: ConceptId; name: string }[];
  students: { studentId: string; name: string; cells: { concept: ConceptId; attempts: number; mastery: number }[] }[];
}

/** One item as the student sees it while taking or reviewing an assignment. */
export interface AssignmentItemDto {
  index: number;
  question: PracticeQuestionDto;
  /** Their saved answer, if any. */
  response: QuestionResponse | null;
  /** Only when the correct answers may be shown (see lib/teach/status.ts answersVisible). */
  result: PracticeResultDto | null;
}

/** An item of a submitted attempt under review: its verdict without the run's diagram. */
export type ReviewItemDto = Omit<AssignmentItemDto, "result"> & { result: ResultWithoutDiagramDto | null };

export interface StudentAssignmentDto {
  id: string;
  title: string;
  className: string;
  opensAt: string;
  /** The student's own due time (with an extension, if any). */
  dueAt: string;
  extended: boolean;
  attemptsAllowed: number;
  showAnswers: ShowAnswersMode;
  status: AssignmentStatus;
  window: "not-open" | "open" | "closed";
  itemCount: number;
  attempts: { attempt: number; submittedAt: string | null; score: number | null }[];
  /** The attempt under way, with its items. */
  current: { attempt: number; items: AssignmentItemDto[] } | null;
  /** The latest submitted attempt, for review (each run's diagram comes when the student opens it). */
  review: { attempt: number; score: number | null; items: ReviewItemDto[] } | null;
  canStart: boolean;
  /** Minutes per attempt, or null. */
  timeLimitMinutes: number | null;
  /** When the attempt under way stops taking answers (time limit or due time), with a time limit only. */
  deadline: string | null;
  /** The server's clock when the page was made, so the countdown does not trust the browser's. */
  serverNow: string;
  /** The teacher closed it early (or archived the class). */
  closedEarly: boolean;
  /** The teacher also asks for a capture (the hand-in panel, read only then). */
  hasCaptureTask: boolean;
}

export interface StudentAssignmentSummaryDto {
  id: string;
  title: string;
  className: string;
  opensAt: string;
  dueAt: string;
  status: AssignmentStatus;
  score: number | null;
  itemCount: number;
}

export interface StudentClassDto {
  id: string;
  name: string;
  teacherName: string;
  joinedAt: string;
}

/** The verdict on one saved answer: the result only when feedback is shown at once. */
export interface SavedAnswerDto {
  index: number;
  response: QuestionResponse;
  result: PracticeResultDto | null;
}

export interface GradebookDto {
  classId: string;
  className: string;
  archived: boolean;
  assignments: { id: string; title: string; itemCount: number; dueAt: string }[];
  students: {
    studentId: string;
    name: string;
    email: string;
    /** One per assignment, in the order of `assignments`: the counted (best) score, or null. */
    cells: { score: number | null; status: AssignmentStatus }[];
    /** The counted scores added up, and what they are out of (every assignment's items). */
    total: number;
    max: number;
  }[];
}

export interface RosterInvitationDto {
  joinCode: string;
  /** Each address once, with whether that person is already on the roster. */
  invites: { email: string; alreadyMember: boolean }[];
  bad: ParsedRoster["bad"];
  duplicates: ParsedRoster["duplicates"];
}

/** What "Send invitations" did (issue 17): each address of the roster in exactly one list. */
export interface RosterSendingDto {
  /** Emailed: the SMTP server accepted the message. */
  sent: string[];
  /** Not emailed: over the per-sending or the 24-hour limit. */
  refused: string[];
  /** Not emailed: the SMTP server refused the message, or could not be reached. */
  failed: string[];
  /** The SMTP server could not be reached (or refused the connection): nothing more was tried. */
  serverUnreachable: boolean;
  /** Not emailed: already on the roster. */
  alreadyMembers: string[];
  /** Not emailed: already invited to this class in the last 24 hours. */
  alreadyInvited: string[];
  bad: ParsedRoster["bad"];
  duplicates: ParsedRoster["duplicates"];
  limits: { perSending: number; perDay: number };
  /** Invitations the teacher may still send in the coming 24 hours. */
  leftToday: number;
}
