import { formatFlags } from "../flashcards/format";
import { responseSchema, type Locale, type Question } from "../questions";

/**
 * A stored answer in words, for the list of recent mistakes: "FIN-WAIT-2", "SYN,ACK" (flags in the one order people write them), "1001",
 * "SYN-SENT → ESTABLISHED", "(1) 5001 · (2) TIME-WAIT", or a choice's own text. Null when the
 * stored JSON is not an answer this code understands (it is re-validated, never trusted).
 */
export function responseText(question: Pick<Question, "input">, stored: unknown, locale: Locale): string | null {
  const parsed = responseSchema.safeParse(stored);
  if (!parsed.success) return null;
  const response = parsed.data;
  switch (response.kind) {
    case "state":
      return response.state;
    case "flags":
      return response.flags.length > 0 ? formatFlags(response.flags) : locale === "zh" ? "没有控制位" : "no control bits";
    case "number":
      return String(response.value);
    case "state-order":
      return response.states.join(" → ");
    case "diagram-blanks":
      return response.values.map((v, k) => `(${k + 1}) ${v}`).join(" · ");
    case "choice": {
      const input = question.input[locale];
      return input.kind === "choice" ? (input.options.find((o) => o.id === response.choice)?.text ?? response.choice) : response.choice;
    }
  }
}
