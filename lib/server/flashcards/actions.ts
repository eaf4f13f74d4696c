"use server";
// The flashcard pages' Server Actions. Each validates its input with zod and loads the signed-in
// user (authedAction); every data function below takes that user's id and reads or writes only
// that learner's rows.
import { revalidatePath } from "next/cache";
import { flashcardSettingsSchema, holdCardSchema, rateCardSchema, sessionScopeSchema, shortcutsSchema } from "@/lib/schemas/flashcards";
import { authedAction } from "../action";
import { getLocale } from "../i18n";
import type { SessionUser } from "../session";
import type { ReviewSessionDto } from "@/lib/flashcards/dto";
import { getReviewSession, type ReviewScope } from "./get-review-session";
import { rateFlashcard } from "./rate-flashcard";
import { getFlashcardSettings, rememberTimeZone, saveFlashcardSettings } from "./settings";
import { undoLastRating } from "./undo-last-rating";
import { holdCard } from "./holds";

async function sessionFor(
  user: SessionUser,
  scope: ReviewScope & { timeZone?: string },
  show?: { cardId: string; seed: number | null },
): Promise<ReviewSessionDto> {
  await rememberTimeZone(user.id, scope.timeZone, await getFlashcardSettings(user.id));
  return getReviewSession({ userId: user.id, locale: await getLocale(), scope, show });
}

/** Rates the card under review and answers with the session's next state. */
export const rateFlashcardAction = authedAction(rateCardSchema, async (input, { user }) => {
  await rememberTimeZone(user.id, input.timeZone, await getFlashcardSettings(user.id));
  const rated = await rateFlashcard({ userId: user.id, cardId: input.cardId, rating: input.rating, version: input.version, seed: input.seed });
  return { session: await getReviewSession({ userId: user.id, locale: await getLocale(), scope: input }), due: rated.due.toISOString() };
});

/** Undoes the newest rating and shows that card again, with the numbers it had. */
export const undoFlashcardAction = authedAction(sessionScopeSchema, async (input, { user }) => {
  const undone = await undoLastRating({ userId: user.id });
  return sessionFor(user, input, undone);
});

/** The session as it stands (after a refused rating, or when the tab comes back). */
export const loadReviewSessionAction = authedAction(sessionScopeSchema, async (input, { user }) => sessionFor(user, input));

export const setShortcutsAction = authedAction(shortcutsSchema, async (input, { user }) => {
  const saved = await saveFlashcardSettings(user.id, { shortcutsEnabled: input.enabled });
  return { shortcutsEnabled: saved.shortcutsEnabled };
});

/** The settings form (useActionState). */
export const saveFlashcardSettingsAction = authedAction(flashcardSettingsSchema, async (input, { user }) => {
  const saved = await saveFlashcardSettings(user.id, input);
  revalidatePath("/flashcards");
  return { newCardsPerDay: saved.newCardsPerDay, shortcutsEnabled: saved.shortcutsEnabled };
});

/** Suspends, unsuspends, buries or unburies one of the caller's cards (the card browser's buttons). */
export const holdCardAction = authedAction(holdCardSchema, async (input, { user }) => {
  // No revalidation: the browser keeps the card in its list with its new state (card-hold-buttons.tsx).
  const hold = await holdCard({ userId: user.id, cardId: input.cardId, action: input.action });
  return { cardId: input.cardId, action: input.action, suspended: hold.suspended, buried: hold.buriedUntil !== null };
});
