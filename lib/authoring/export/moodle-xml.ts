/**
 * Moodle XML (docs.moodle.org, "Moodle XML format"): a <quiz> of a category question per group,
 * then one question per variant: "numerical" for numbers (tolerance 0, each distractor value an
 * answer of fraction 0 with its mistake as feedback, "*" for any other answer), "multichoice"
 * (single answer, shuffled) for every other kind, each answer with its feedback. A group's
 * variants share a category, so a Moodle quiz can draw one at random per student.
 */
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { Locale, Question } from "../../questions/types";
import { choiceAnswers, keyFeedback, numberAnswers, otherFeedback } from "./answers";
import { escapeHtml, questionHtml } from "./html";

export interface ExportGroup {
  /** Category path below the top: ["Handshake", "Assignment", "Q1 ..."]. */
  category: string[];
  /** Name of each variant's question ("... (variant 2)"). */
  name: string;
  questions: Question[];
}

const textElement = (parent: XMLBuilder, name: string, html: string, format = "html") => parent.ele(name, { format }).ele("text").dat(html).up().up();

function addQuestion(quiz: XMLBuilder, question: Question, name: string, locale: Locale) {
  const numeric = question.key.kind === "number";
  const q = quiz.ele("question", { type: numeric ? "numerical" : "multichoice" });
  q.ele("name").ele("text").txt(name);
  textElement(q, "questiontext", questionHtml(question, locale));
  textElement(q, "generalfeedback", `<p>${escapeHtml(question.explanation.text[locale])}</p>`);
  q.ele("defaultgrade").txt("1");
  q.ele("penalty").txt("0.3333333");
  q.ele("hidden").txt("0");
  if (numeric) {
    for (const a of numberAnswers(question, locale)) {
      const answer = q.ele("answer", { fraction: a.correct ? "100" : "0", format: "moodle_auto_format" });
      answer.ele("text").txt(a.text);
      textElement(answer, "feedback", `<p>${escapeHtml(a.feedback)}</p>`);
      answer.ele("tolerance").txt("0");
    }
    const any = q.ele("answer", { fraction: "0", format: "moodle_auto_format" });
    any.ele("text").txt("*");
    textElement(any, "feedback", `<p>${escapeHtml(otherFeedback(locale))}</p>`);
    any.ele("tolerance").txt("0");
    q.ele("units");
    q.ele("unitgradingtype").txt("0");
    q.ele("showunits").txt("3");
    return;
  }
  q.ele("single").txt("true");
  q.ele("shuffleanswers").txt("true");
  q.ele("answernumbering").txt("abc");
  textElement(q, "correctfeedback", `<p>${escapeHtml(keyFeedback(question, locale))}</p>`);
  textElement(q, "incorrectfeedback", `<p>${escapeHtml(question.keyText[locale])}</p>`);
  for (const a of choiceAnswers(question, locale)) {
    const answer = q.ele("answer", { fraction: a.correct ? "100" : "0", format: "html" });
    answer.ele("text").dat(`<p>${escapeHtml(a.text)}</p>`);
    textElement(answer, "feedback", `<p>${escapeHtml(a.feedback)}</p>`);
  }
}

export function toMoodleXml(groups: readonly ExportGroup[], locale: Locale): string {
  const quiz = create({ version: "1.0", encoding: "UTF-8" }).ele("quiz");
  for (const group of groups) {
    // Moodle separates category levels with "/"; a "/" inside a name is written "//".
    const path = ["$course$", "top", ...group.category.map((c) => c.replace(/\//g, "//"))].join("/");
    quiz.ele("question", { type: "category" }).ele("category").ele("text").txt(path);
    group.questions.forEach((question, i) => addQuestion(quiz, question, group.questions.length > 1 ? `${group.name} (${i + 1})` : group.name, locale));
  }
  return quiz.end({ prettyPrint: true });
}
