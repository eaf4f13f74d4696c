// What the practice page's browser receives. Types only (no "server-only"), so client components
// can import them; the server builds them in to-question-dto.ts and to-result-dto.ts.
import type { Locale } from "@/lib/i18n/config";
import type { AnswerKind, ConceptId, DiagramData, Difficulty, PublicInput, QuestionResponse } from "@/lib/questions";
import type { ScenarioInput } from "@/lib/tcp";

/** How the answer names its question: a stored row (signed in) or a sealed guest token. */
export type QuestionRef = { kind: "stored"; id: string } | { kind: "guest"; token: string };

/**
 * A question before it is answered: the public part only. No key, no distractors, no
 * explanation, and not the seed either (the question's id or sealed token stands for it).
 */
export interface PracticeQuestionDto {
  ref: QuestionRef;
  templateId: string;
  templateTitle: string;
  concept: ConceptId;
  conceptName: string;
  kind: AnswerKind;
  difficulty: Difficulty;
  locale: Locale;
  prompt: string;
  input: PublicInput;
  diagram?: DiagramData;
  /** Only when running it would not give the answer away. */
  scenario?: ScenarioInput;
  /** Adaptive practice: why this question comes now, in the reader's language. */
  reason?: string;
  /** The hint, when the learner asked for it before answering (shown again after a reload). */
  hint?: string;
}

/** The server's verdict on an answer, with everything the feedback shows. */
export interface PracticeResultDto {
  correct: boolean;
  /** The response that was graded (for a repeated submit: the first one). */
  response: QuestionResponse;
  expected: { response: QuestionResponse; text: string };
  misconception: { id: string; label: string } | null;
  explanation: { text: string; rfc: string; diagram: DiagramData; simulatorHref: string };
  concept: ConceptId;
  templateId: string;
  difficulty: Difficulty;
  timeTakenMs: number;
  /** True when the attempt is saved to the learner's account (never for guests). */
  recorded: boolean;
}

/**
 * A verdict without its run's diagram: an assignment's review sends ten of them at once, and each
 * run (every step of both endpoints) was most of its size; the diagram comes when the student
 * opens it (lib/server/classes/get-review-diagram.ts).
 */
export type ResultWithoutDiagramDto = Omit<PracticeResultDto, "explanation"> & { explanation: Omit<PracticeResultDto["explanation"], "diagram"> };

/** A stored question with its result when it has already been answered (a reload after answering). */
export interface StoredPracticeQuestion {
  question: PracticeQuestionDto;
  result: PracticeResultDto | null;
}

/** The JSON body of POST /api/practice/answer. */
export type AnswerResponseBody = { ok: true; result: PracticeResultDto } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
