import type { Side } from "../../tcp";
import * as pickers from "../../content/pickers";
import type { Rng } from "../../content/random";

/** The numbers an engine card varies: the content toolkit's pickers with the cards' "mixed" spread (lib/content/pickers.ts). */
export const pickIsn = (rng: Rng): number => pickers.pickIsn(rng, "mixed");
export const pickIsns = (rng: Rng): Record<Side, number> => pickers.pickIsns(rng, "mixed");
export const pickBytes = (rng: Rng): number => pickers.pickBytes(rng, "mixed");
export const pickMsl = (rng: Rng): number => pickers.pickMsl(rng, "mixed");
export const pickRto = (rng: Rng): number => pickers.pickRto(rng, "mixed");
export const pickSide = pickers.pickSide;
export const peerOf = (side: Side): Side => (side === "A" ? "B" : "A");
