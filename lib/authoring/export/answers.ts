/**
 * A question's answers as another system grades them: the key, each tagged distractor with its
 * misconception's label as feedback, and (for choices) enough other options to choose from.
 * Shared by the Moodle XML and the QTI writers.
 */
import { misconceptionLabel } from "../../questions/misconceptions";
import type { Locale, Question, QuestionResponse } from "../../questions/types";
import { TCP_STATES } from "../../tcp";

export interface ExportAnswer {
  text: string;
  correct: boolean;
  feedback: string;
}

const FLAG_ORDER = ["SYN", "FIN", "RST", "ACK"];

/** A response as one line of text, in the words the learner would pick. */
export function responseText(question: Question, response: QuestionResponse, locale: Locale): string {
  switch (response.kind) {
    case "state":
      return response.state;
    case "flags":
      return response.flags.length
        ? FLAG_ORDER.filter((f) => (response.flags as string[]).includes(f)).join(",")
        : locale === "zh"
          ? "不发送任何报文段"
          : "no segment";
    case "number":
      return String(response.value);
    case "state-order":
      return response.states.join(" → ");
    case "diagram-blanks":
      return response.values.map((v, i) => `(${i + 1}) ${v}`).join(locale === "zh" ? "，" : ", ");
    case "choice": {
      const input = question.input[locale];
      return input.kind === "choice" ? (input.options.find((o) => o.id === response.choice)?.text ?? response.choice) : response.choice;
    }
  }
}

/** The feedback of the key: the answer in words, then the engine's explanation. */
export const keyFeedback = (question: Question, locale: Locale): string =>
  locale === "zh"
    ? `${question.keyText.zh}${question.explanation.text.zh}（RFC 9293 第 ${question.explanation.rfc} 节）`
    : `${question.keyText.en} ${question.explanation.text.en} (RFC 9293 section ${question.explanation.rfc})`;

export const otherFeedback = (locale: Locale): string => misconceptionLabel("other", locale);

/** The answers of a question graded by choice (every kind but number): key first, then distractors, then fillers. */
export function choiceAnswers(question: Question, locale: Locale): ExportAnswer[] {
  const answers: ExportAnswer[] = [{ text: responseText(question, question.key, locale), correct: true, feedback: keyFeedback(question, locale) }];
  const add = (text: string, feedback: string) => {
    if (!answers.some((a) => a.text === text)) answers.push({ text, correct: false, feedback });
  };
  for (const d of question.distractors) add(responseText(question, d.response, locale), misconceptionLabel(d.misconception, locale));
  const input = question.input[locale];
  if (input.kind === "choice") for (const o of input.options) add(o.text, otherFeedback(locale));
  if (question.kind === "state") for (const s of TCP_STATES) if (answers.length < 5) add(s, otherFeedback(locale));
  if (question.kind === "flags") for (const f of [["SYN"], ["ACK"], ["FIN", "ACK"], ["RST"]]) if (answers.length < 4) add(f.join(","), otherFeedback(locale));
  return answers;
}

/** Number answers: the key, then each distractor value with its mistake. */
export function numberAnswers(question: Question, locale: Locale): ExportAnswer[] {
  if (question.key.kind !== "number") throw new Error("not a number question");
  const answers: ExportAnswer[] = [{ text: String(question.key.value), correct: true, feedback: keyFeedback(question, locale) }];
  for (const d of question.distractors) {
    if (d.response.kind !== "number") continue;
    const text = String(d.response.value);
    if (!answers.some((a) => a.text === text)) answers.push({ text, correct: false, feedback: misconceptionLabel(d.misconception, locale) });
  }
  return answers;
}
