// What the browser gets about the teacher's bank (lib/server/authoring/get-question.ts makes it).
import type { AskKind } from "./spec";

export interface AuthoredQuestionRow {
  id: string;
  title: string;
  concept: string;
  conceptName: string;
  kind: AskKind;
  version: number;
  updatedAt: string;
  assignments: number;
  answers: number;
  /** null before any answer. */
  shareCorrect: number | null;
}
