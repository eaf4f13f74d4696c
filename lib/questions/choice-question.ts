import { asChoice, choiceInput } from "./inputs";
import type { KnownMisconception } from "./misconceptions";
import type { Rng } from "./random";
import type { Distractor, Localized, QuestionResponse } from "./types";

export interface ChoiceOption {
  text: Localized;
  /** Decided by an engine run, never typed in. */
  correct: boolean;
  /** The mistake a learner shows by picking this option (required for a wrong option). */
  misconception?: KnownMisconception;
  /** The endpoint and step the mistake is about, when it is about one (see Distractor). */
  about?: Distractor["about"];
}

const IDS = ["a", "b", "c", "d", "e", "f"];

/** Shuffles the options, names them a, b, c...; the key is the one the engine run made true. */
export function choices(rng: Rng, options: readonly ChoiceOption[], keySeed?: number) {
  const correct = options.filter((o) => o.correct);
  if (correct.length !== 1) throw new Error(`a choice question needs exactly one correct option, got ${correct.length}`);
  const order = rng.shuffle(options);
  // With a seed, the correct option's letter is taken in turn by seed, so that a class's
  // consecutive seeds spread the key over every letter instead of leaving it to the shuffle.
  if (keySeed !== undefined) {
    const from = order.findIndex((o) => o.correct);
    const to = keySeed % order.length;
    [order[from], order[to]] = [order[to]!, order[from]!];
  }
  const shuffled = order.map((o, i) => ({ ...o, id: IDS[i]! }));
  const keyOption = shuffled.find((o) => o.correct)!;
  const key: QuestionResponse = asChoice(keyOption.id);
  const distractors: Distractor[] = shuffled
    .filter((o) => !o.correct)
    .map((o) => {
      if (!o.misconception) throw new Error("a wrong option needs its misconception");
      return { response: asChoice(o.id), misconception: o.misconception, ...(o.about ? { about: o.about } : {}) };
    });
  return {
    input: choiceInput(shuffled.map((o) => ({ id: o.id, text: o.text }))),
    key,
    keyText: { en: `(${keyOption.id}) ${keyOption.text.en}`, zh: `(${keyOption.id}) ${keyOption.text.zh}` },
    distractors,
  };
}
