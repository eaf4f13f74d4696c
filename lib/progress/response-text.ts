import { describeResponse } from "../content/response";
import { responseSchema, type Locale, type Question } from "../questions";

/**
 * A stored answer in words, for the list of recent mistakes: "FIN-WAIT-2", "FIN,ACK", "1001",
 * "SYN-SENT → ESTABLISHED", "(1) 5001 · (2) TIME-WAIT", or a choice's own text. Null when the
 * stored JSON is not an answer this code understands (it is re-validated, never trusted).
 */
export function responseText(question: Pick<Question, "input">, stored: unknown, locale: Locale): string | null {
  const parsed = responseSchema.safeParse(stored);
  if (!parsed.success) return null;
  const input = question.input[locale];
  return describeResponse(parsed.data, {
    noFlags: locale === "zh" ? "没有控制位" : "no control bits",
    choiceText: (id) => (input.kind === "choice" ? input.options.find((o) => o.id === id)?.text : undefined),
  });
}
