// A learner's answer in words: the review and the item analysis's most frequent wrong answers.
// Pure, shared by client components and the server; the wording is the content toolkit's one
// (lib/content/response.ts), so an answer reads the same here as in the feedback and on /progress.
import { describeResponse } from "@/lib/content/response";
import type { PublicInput, QuestionResponse } from "@/lib/questions";

/** A response in words, as the feedback shows "your answer" and "correct answer". */
export function responseText(response: QuestionResponse, input: PublicInput, words: { noFlags: string }): string {
  return describeResponse(response, {
    noFlags: words.noFlags,
    choiceText: (id) => (input.kind === "choice" ? input.options.find((o) => o.id === id)?.text : undefined),
  });
}
