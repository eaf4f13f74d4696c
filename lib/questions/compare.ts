import type { QuestionResponse } from "./types";

const normalizeText = (value: string | number): string | number => (typeof value === "string" ? value.trim().toUpperCase() : value);

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

const sameValue = (a: string | number | undefined, b: string | number | undefined): boolean => {
  if (a === undefined || b === undefined) return false;
  const x = normalizeText(a);
  const y = normalizeText(b);
  return typeof x === "number" && typeof y === "number" ? sameNumber(x, y) : x === y;
};

/** Do two responses say the same thing? Flags compare as sets, states in order, blanks one by one. */
export function sameResponse(a: QuestionResponse, b: QuestionResponse): boolean {
  switch (a.kind) {
    case "state":
      return b.kind === "state" && a.state === b.state;
    case "flags":
      return b.kind === "flags" && a.flags.length === b.flags.length && a.flags.every((f) => b.flags.includes(f));
    case "number":
      return b.kind === "number" && sameNumber(a.value, b.value);
    case "state-order":
      return b.kind === "state-order" && a.states.length === b.states.length && a.states.every((s, i) => s === b.states[i]);
    case "diagram-blanks":
      return b.kind === "diagram-blanks" && a.values.length === b.values.length && a.values.every((v, i) => sameValue(v, b.values[i]));
    case "choice":
      return b.kind === "choice" && a.choice === b.choice;
  }
}

/**
 * Does a wrong response show the mistake of this distractor? For blanks, a distractor changes some
 * blanks of the key: the response matches when it gives the distractor's values in those blanks.
 */
export function matchesDistractor(response: QuestionResponse, distractor: QuestionResponse, key: QuestionResponse): boolean {
  if (response.kind === "diagram-blanks" && distractor.kind === "diagram-blanks" && key.kind === "diagram-blanks") {
    const changed = distractor.values.map((v, i) => i).filter((i) => !sameValue(distractor.values[i], key.values[i]));
    return changed.length > 0 && changed.every((i) => sameValue(response.values[i], distractor.values[i]));
  }
  return sameResponse(response, distractor);
}
