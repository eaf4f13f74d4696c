import type { Flag, Side, TcpState } from "../../tcp";
import type { Rng } from "../../questions/random";
import type { ConceptId, Localized } from "../types";
import type { Script } from "./script";

/**
 * One engine card: a situation reached by a scenario. `build` writes the scenario for a seed; its
 * last step is the event the card asks about (a segment arriving, an application call, a timer
 * running out). Everything the back shows comes from running that scenario through the engine.
 *
 * `expect` is not shown to anyone: it states the rule the card is meant to teach, and the tests
 * check, seed after seed, that the engine's answer agrees with it (so a scenario that drifts into
 * another situation is caught).
 */
export interface EngineCardSpec {
  /** The part of the id after "engine:", e.g. "established-receives-fin". */
  slug: string;
  concept: ConceptId;
  build(rng: Rng): EngineBuild;
  /** Extra facts for the front, with {placeholders} filled from EngineBuild.vars. */
  context?: readonly Localized[];
  /** The rule, in words, without numbers. */
  rule: Localized;
  expect: {
    from: TcpState;
    to: TcpState;
    /** The control bits of each segment the step sends, in order, whoever sends it. */
    sends: readonly (readonly Flag[])[];
  };
}

export interface EngineBuild {
  script: Script;
  /** The endpoint the card is about. */
  subject: Side;
  vars?: Record<string, string | number>;
}

/** Both languages side by side. */
export const L = (en: string, zh: string): Localized => ({ en, zh });
