import type { Flag, TcpState } from "@/lib/tcp/types";
import type { NumberRange, PublicInput, QuestionResponse } from "@/lib/questions";
import { inRange } from "@/lib/questions/number-range";

/** What the learner has entered so far, per answer kind (text stays text until submitted). */
export type AnswerDraft =
  | { kind: "state"; state: TcpState | null }
  | { kind: "choice"; choice: string | null }
  | { kind: "flags"; flags: Flag[] }
  | { kind: "number"; text: string }
  | { kind: "state-order"; states: TcpState[] }
  | { kind: "diagram-blanks"; values: string[] };

export function emptyDraft(input: PublicInput): AnswerDraft {
  switch (input.kind) {
    case "state":
      return { kind: "state", state: null };
    case "choice":
      return { kind: "choice", choice: null };
    case "flags":
      return { kind: "flags", flags: [] };
    case "number":
      return { kind: "number", text: "" };
    case "state-order":
      return { kind: "state-order", states: [] };
    case "diagram-blanks":
      return { kind: "diagram-blanks", values: input.blanks.map(() => "") };
  }
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

export type DraftProblem = "answerRequired" | "numberRequired" | "blankRequired" | "numberOutOfRange" | "stateOrderTooShort";

/** A typed whole number inside the range, or why not. Number("1" x 23) is 1e+23: never graded. */
function readWholeNumber(text: string, range: NumberRange | undefined): { ok: true; value: number } | { ok: false; problem: DraftProblem } {
  if (!(range?.decimals ? DECIMAL : INTEGER).test(text)) return { ok: false, problem: "numberRequired" };
  const value = Number(text);
  const inside = inRange(value, range);
  return inside ? { ok: true, value } : { ok: false, problem: "numberOutOfRange" };
}

/** {min, max} of the question's number range, for the numberOutOfRange message. */
export function numberRangeVars(input: PublicInput): { min: string; max: string } | undefined {
  const range = input.kind === "number" ? input.range : input.kind === "diagram-blanks" ? input.blanks.find((b) => b.range)?.range : undefined;
  return range ? { min: String(range.min), max: String(range.max) } : undefined;
}

/**
 * The response to send, or what is missing. Flags may be empty on purpose ("no segment"); a
 * number must be a whole number. The server validates again: this only spares a round trip.
 */
export function draftToResponse(draft: AnswerDraft, input: PublicInput): { ok: true; response: QuestionResponse } | { ok: false; problem: DraftProblem } {
  switch (draft.kind) {
    case "state":
      return draft.state ? { ok: true, response: { kind: "state", state: draft.state } } : { ok: false, problem: "answerRequired" };
    case "choice":
      return draft.choice ? { ok: true, response: { kind: "choice", choice: draft.choice } } : { ok: false, problem: "answerRequired" };
    case "flags":
      return { ok: true, response: { kind: "flags", flags: draft.flags } };
    case "number": {
      const text = draft.text.trim();
      if (!text) return { ok: false, problem: "answerRequired" };
      const number = readWholeNumber(text, input.kind === "number" ? input.range : undefined);
      return number.ok ? { ok: true, response: { kind: "number", value: number.value } } : number;
    }
    case "state-order":
      // An order needs two states at least: every state-order key passes through several.
      if (draft.states.length === 0) return { ok: false, problem: "answerRequired" };
      return draft.states.length >= 2 ? { ok: true, response: { kind: "state-order", states: draft.states } } : { ok: false, problem: "stateOrderTooShort" };
    case "diagram-blanks": {
      if (input.kind !== "diagram-blanks") return { ok: false, problem: "answerRequired" };
      const values: (number | string)[] = [];
      for (const [i, blank] of input.blanks.entries()) {
        const text = (draft.values[i] ?? "").trim();
        if (!text) return { ok: false, problem: "blankRequired" };
        if (blank.input === "number") {
          const number = readWholeNumber(text, blank.range);
          if (!number.ok) return number;
          values.push(number.value);
        } else values.push(text);
      }
      return { ok: true, response: { kind: "diagram-blanks", values } };
    }
  }
}

/** The options the number keys 1 to 9 pick from, for kinds that have them. */
export function keyedOptions(input: PublicInput): readonly string[] {
  switch (input.kind) {
    case "state":
    case "flags":
    case "state-order":
      return input.options;
    case "choice":
      return input.options.map((o) => o.id);
    default:
      return [];
  }
}

/** The draft after the learner presses option `index` (0-based): select, toggle or append. */
export function pickOption(draft: AnswerDraft, input: PublicInput, index: number): AnswerDraft {
  const option = keyedOptions(input)[index];
  if (option === undefined) return draft;
  switch (draft.kind) {
    case "state":
      return { kind: "state", state: option as TcpState };
    case "choice":
      return { kind: "choice", choice: option };
    case "flags": {
      const flag = option as Flag;
      return { kind: "flags", flags: draft.flags.includes(flag) ? draft.flags.filter((f) => f !== flag) : [...draft.flags, flag] };
    }
    case "state-order":
      return draft.states.length >= 12 ? draft : { kind: "state-order", states: [...draft.states, option as TcpState] };
    default:
      return draft;
  }
}
