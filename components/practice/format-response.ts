import { responseText } from "@/lib/teach/response-text";

/** A response in words (lib/teach/response-text.ts). */
export const formatResponse = responseText;

/** "42 s", "3 min 5 s". */
export function formatDuration(ms: number, words: { seconds: (s: number) => string; minutes: (m: number, s: number) => string }): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return total < 60 ? words.seconds(total) : words.minutes(Math.floor(total / 60), total % 60);
}
