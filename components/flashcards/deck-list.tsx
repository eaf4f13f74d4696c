import { CardTitle } from "@/components/ui/card";
import { getDeckSummaries } from "@/lib/server/flashcards/get-deck-summaries";
import type { LearnerCards } from "@/lib/server/flashcards/get-review-session";
import { getLocale, getT } from "@/lib/server/i18n";
import { DeckRows } from "./deck-rows";

/** The decks, one per concept, with the learner's counts and a link to study each. */
export async function DeckList({ userId, cards }: { userId: string; cards?: Promise<LearnerCards> }) {
  const [t, locale] = await Promise.all([getT("flashcards"), getLocale()]);
  const decks = await getDeckSummaries(userId, locale, new Date(), cards);
  return (
    <section className="rounded-xl border border-border bg-surface pb-2 shadow-sm">
      <CardTitle className="px-6 pt-6">{t("decksTitle")}</CardTitle>
      <DeckRows decks={decks.map((deck) => [deck.concept, deck.name, deck.summary, deck.total, deck.unseen, deck.dueNow])} />
    </section>
  );
}
