import { FLAG_ORDER, formatFlags } from "../content/flags";
import { FLAGS, TCP_STATES, type Flag, type Side, type TcpState } from "../tcp";
import type { BlankField, Locale, Localized, NumberRange, NumberUnit, PublicBlank, PublicInput, QuestionResponse } from "./types";

/** Builders for each kind's input (per locale) and responses, so templates stay short. */

const both = (input: PublicInput): Record<Locale, PublicInput> => ({ en: input, zh: input });

export const stateInput = (): Record<Locale, PublicInput> => both({ kind: "state", options: [...TCP_STATES] });

/** In the one order people write them (SYN, FIN, RST, then ACK). */
export const FLAG_OPTIONS: Flag[] = [...FLAG_ORDER];
export const flagsInput = (allowNone = false): Record<Locale, PublicInput> =>
  both({ kind: "flags", options: [...FLAG_OPTIONS], ...(allowNone ? { allowNone } : {}) });

/**
 * Where a sensible answer of each unit lies. Sequence and acknowledgment numbers go past 2^32
 * because some distractors are the unwrapped sum (the forgotten wrap-around); anything beyond
 * these is a slip of the keyboard (a 23-digit number, 1e+23) and is refused with a message.
 */
export const NUMBER_RANGES: Readonly<Record<NumberUnit, NumberRange>> = {
  seq: { min: 0, max: 2 ** 33 },
  ack: { min: 0, max: 2 ** 33 },
  bytes: { min: 0, max: 2 ** 32 },
  seconds: { min: 0, max: 1_000_000, decimals: 6 },
  count: { min: 0, max: 1_000 },
};

export const numberInput = (unit: NumberUnit, label: Localized, range: NumberRange = NUMBER_RANGES[unit]): Record<Locale, PublicInput> => ({
  en: { kind: "number", unit, label: label.en, range },
  zh: { kind: "number", unit, label: label.zh, range },
});

export const stateOrderInput = (side: Side, options: TcpState[]): Record<Locale, PublicInput> => both({ kind: "state-order", side, options });

export interface BlankSpec {
  target: BlankField;
  label: Localized;
}

export function blanksInput(blanks: readonly BlankSpec[]): Record<Locale, PublicInput> {
  const make = (locale: Locale): PublicInput => ({
    kind: "diagram-blanks",
    stateOptions: [...TCP_STATES],
    blanks: blanks.map((b, index): PublicBlank =>
      b.target.field === "state"
        ? { number: index + 1, target: b.target, input: "state", label: b.label[locale] }
        : {
            number: index + 1,
            target: b.target,
            input: "number",
            label: b.label[locale],
            range: NUMBER_RANGES[b.target.field === "len" ? "bytes" : b.target.field],
          },
    ),
  });
  return { en: make("en"), zh: make("zh") };
}

export function choiceInput(options: readonly { id: string; text: Localized }[]): Record<Locale, PublicInput> {
  return {
    en: { kind: "choice", options: options.map((o) => ({ id: o.id, text: o.text.en })) },
    zh: { kind: "choice", options: options.map((o) => ({ id: o.id, text: o.text.zh })) },
  };
}

export const asState = (state: TcpState): QuestionResponse => ({ kind: "state", state });
export const asNumber = (value: number): QuestionResponse => ({ kind: "number", value });
export const asFlags = (flags: readonly Flag[]): QuestionResponse => ({ kind: "flags", flags: FLAGS.filter((f) => flags.includes(f)) });
export const asOrder = (states: readonly TcpState[]): QuestionResponse => ({ kind: "state-order", states: [...states] });
export const asBlanks = (values: readonly (number | string)[]): QuestionResponse => ({ kind: "diagram-blanks", values: [...values] });
export const asChoice = (choice: string): QuestionResponse => ({ kind: "choice", choice });

/**
 * "SYN,ACK" in the one order (lib/content's formatFlags). An empty set has no name that fits
 * inside a sentence in both languages: a caller writes its own whole sentence for "nothing is sent".
 */
export function flagsText(flags: readonly Flag[]): Localized {
  if (flags.length === 0) throw new Error("flagsText of no flags: write the sentence for 'no segment' instead");
  const text = formatFlags(flags);
  return { en: text, zh: text };
}
