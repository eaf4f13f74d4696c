import type { PublicInput, QuestionResponse } from "@/lib/questions";
import { describeResponse } from "@/lib/content/response";

/** A response in words, as the feedback shows "your answer" and "correct answer" (the content toolkit's one wording). */
export function formatResponse(response: QuestionResponse, input: PublicInput, words: { noFlags: string }): string {
  return describeResponse(response, {
    noFlags: words.noFlags,
    choiceText: (id) => (input.kind === "choice" ? input.options.find((o) => o.id === id)?.text : undefined),
  });
}

/** "42 s", "3 min 5 s". */
export function formatDuration(ms: number, words: { seconds: (s: number) => string; minutes: (m: number, s: number) => string }): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return total < 60 ? words.seconds(total) : words.minutes(Math.floor(total / 60), total % 60);
}
