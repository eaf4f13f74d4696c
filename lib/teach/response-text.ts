// A learner's answer in words: the feedback's "your answer", the review and the item analysis's
// most frequent wrong answers. Pure, shared by client components and the server.
import type { PublicInput, QuestionResponse } from "@/lib/questions";

const FLAG_ORDER = ["SYN", "FIN", "RST", "ACK"];

/** A response in words, as the feedback shows "your answer" and "correct answer". */
export function responseText(response: QuestionResponse, input: PublicInput, words: { noFlags: string }): string {
  switch (response.kind) {
    case "state":
      return response.state;
    case "flags":
      return response.flags.length === 0 ? words.noFlags : [...response.flags].sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b)).join(",");
    case "number":
      return String(response.value);
    case "state-order":
      return response.states.join(" → ");
    case "diagram-blanks":
      return response.values.map((value, i) => `(${i + 1}) ${value}`).join(" · ");
    case "choice": {
      const option = input.kind === "choice" ? input.options.find((o) => o.id === response.choice) : undefined;
      return option?.text ?? response.choice;
    }
  }
}

