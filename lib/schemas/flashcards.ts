// Flashcard input, shared by the review page (client) and its actions (server). Error messages are
// "namespace.key" references into lib/i18n/messages. Card and deck ids are checked for shape here
// and for existence on the server (lib/flashcards).
// Client components import the limits from ./flashcards-limits (no zod there).
import { z } from "zod";
import { NEW_CARDS_PER_DAY_MAX, RATING_VALUES, SEED_MAX } from "./flashcards-limits";

export { NEW_CARDS_PER_DAY_MAX, RATING_VALUES, SEED_MAX } from "./flashcards-limits";

const cardId = z.string({ error: "flashcards.invalidCard" }).regex(/^(engine|concept):[a-z0-9-]{1,80}$/, { error: "flashcards.invalidCard" });
const deck = z
  .string({ error: "flashcards.invalidDeck" })
  .regex(/^[a-z0-9-]{1,60}$/, { error: "flashcards.invalidDeck" })
  .nullable()
  .default(null);

/** The browser's IANA time zone (Intl), so that "today" is the learner's day. */
const timeZone = z
  .string({ error: "flashcards.invalidTimeZone" })
  .max(64, { error: "flashcards.invalidTimeZone" })
  .refine(
    (name) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: name });
        return true;
      } catch {
        return false;
      }
    },
    { error: "flashcards.invalidTimeZone" },
  );

/** Which cards a review session draws from: one deck or all, and whether to study ahead. */
export const sessionScopeSchema = z.strictObject({
  deck,
  ahead: z.boolean({ error: "flashcards.invalidScope" }).default(false),
  timeZone: timeZone.optional(),
});
export type SessionScopeInput = z.input<typeof sessionScopeSchema>;

export const rateCardSchema = sessionScopeSchema.extend({
  cardId,
  rating: z.enum(RATING_VALUES, { error: "flashcards.invalidRating" }),
  /** The version of the card's state the learner saw: a stale one is refused. */
  version: z.number({ error: "flashcards.invalidVersion" }).int({ error: "flashcards.invalidVersion" }).min(0).max(1_000_000_000),
  seed: z.number({ error: "flashcards.invalidSeed" }).int({ error: "flashcards.invalidSeed" }).min(0).max(SEED_MAX),
});
export type RateCardInput = z.input<typeof rateCardSchema>;

/** The settings form (FormData: the checkbox is "on" or absent). */
export const flashcardSettingsSchema = z.strictObject({
  newCardsPerDay: z.coerce
    .number({ error: "flashcards.newPerDayRange" })
    .int({ error: "flashcards.newPerDayRange" })
    .min(0, { error: "flashcards.newPerDayRange" })
    .max(NEW_CARDS_PER_DAY_MAX, { error: "flashcards.newPerDayRange" }),
  shortcutsEnabled: z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()], { error: "flashcards.invalidValue" })
    .optional()
    .transform((value) => value === true || value === "on" || value === "true"),
});
export type FlashcardSettingsInput = z.input<typeof flashcardSettingsSchema>;

/** The shortcut switch on the review page. */
export const shortcutsSchema = z.strictObject({ enabled: z.boolean({ error: "flashcards.invalidValue" }) });

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** /flashcards/review?deck=time-wait&ahead=1: a malformed value falls back to all decks, due cards only. */
export function readReviewSearchParams(params: SearchParams): { deck: string | null; ahead: boolean } {
  const parsed = sessionScopeSchema.safeParse({ deck: first(params.deck) ?? null, ahead: first(params.ahead) === "1" });
  return parsed.success ? { deck: parsed.data.deck, ahead: parsed.data.ahead } : { deck: null, ahead: false };
}

/** Suspend, unsuspend, bury or unbury one card (the card browser; a form posts the two fields). */
export const HOLD_ACTIONS = ["suspend", "unsuspend", "bury", "unbury"] as const;
export const holdCardSchema = z.strictObject({
  cardId,
  action: z.enum(HOLD_ACTIONS, { error: "flashcards.invalidHoldAction" }),
});

/** The card browser's search parameters; anything malformed falls back to "everything". */
export const CARD_FILTERS = ["all", "new", "learning", "review", "due", "suspended", "buried"] as const;
export type CardFilter = (typeof CARD_FILTERS)[number];
export const cardBrowseSchema = z.object({
  q: z.string().max(100).catch(""),
  deck: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .nullable()
    .catch(null),
  state: z.enum(CARD_FILTERS).catch("all"),
});
