import { CLOSE_CARDS } from "./cards-close";
import { LOSS_CARDS } from "./cards-loss";
import { OPEN_CARDS } from "./cards-open";
import { RESET_CARDS } from "./cards-resets";
import { SMALLER_TOPIC_ENGINE_CARDS } from "./cards-smaller-topics";
import { TOPIC_ENGINE_CARDS } from "./cards-topics";
import type { EngineCardSpec } from "./spec";

/** Every engine card, in teaching order within each group. */
export const ENGINE_CARDS: readonly EngineCardSpec[] = [
  ...OPEN_CARDS,
  ...CLOSE_CARDS,
  ...RESET_CARDS,
  ...LOSS_CARDS,
  ...TOPIC_ENGINE_CARDS,
  ...SMALLER_TOPIC_ENGINE_CARDS,
];

export { drawEngineCard, MAX_SEED, type EngineDraw, type EngineEvent } from "./draw";
export { renderEngineCard, ENGINE_TEXT, NOTE_TEXT } from "./render";
export type { EngineCardSpec } from "./spec";
