import type { QuestionResponse } from "../questions/types";
import { formatFlags } from "./flags";

export interface ResponseWords {
  /** What an empty set of control bits is called ("no segment", "（无标志）"). */
  noFlags: string;
  /** A choice's text in the reader's language; the bare id when unknown. */
  choiceText?: (id: string) => string | undefined;
}

/**
 * An answer in words, the same wherever it is shown (the key, the feedback, the list of recent
 * mistakes on /progress): "FIN-WAIT-2", "FIN,ACK", "1001", "SYN-SENT → ESTABLISHED",
 * "(1) 5001 · (2) TIME-WAIT", or a choice's own text.
 */
export function describeResponse(response: QuestionResponse, words: ResponseWords): string {
  switch (response.kind) {
    case "state":
      return response.state;
    case "flags":
      return response.flags.length === 0 ? words.noFlags : formatFlags(response.flags);
    case "number":
      return String(response.value);
    case "state-order":
      return response.states.join(" → ");
    case "diagram-blanks":
      return response.values.map((value, i) => `(${i + 1}) ${value}`).join(" · ");
    case "choice":
      return words.choiceText?.(response.choice) ?? response.choice;
  }
}
