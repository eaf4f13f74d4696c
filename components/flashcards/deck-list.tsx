import { ButtonLink } from "@/components/ui/button";
import { CardTitle } from "@/components/ui/card";
import { reviewHref } from "@/lib/flashcards/review-href";
import { getDeckSummaries } from "@/lib/server/flashcards/get-deck-summaries";
import { getLocale, getT } from "@/lib/server/i18n";

/** The decks, one per concept, with the learner's counts and a link to study each. */
export async function DeckList({ userId }: { userId: string }) {
  const [t, locale] = await Promise.all([getT("flashcards"), getLocale()]);
  const decks = await getDeckSummaries(userId, locale);
  return (
    <section className="rounded-xl border border-border bg-surface pb-2 shadow-sm">
      <CardTitle className="px-6 pt-6">{t("decksTitle")}</CardTitle>
      <ul className="mt-3 divide-y divide-border">
        {decks.map((deck) => (
          <li key={deck.concept} className="flex flex-col gap-2 px-6 py-4 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="font-medium text-fg">{deck.name}</p>
              <p className="text-sm text-muted">{deck.summary}</p>
              <p className="mt-1 text-xs text-muted tabular-nums">{t("deckCounts", { total: deck.total, unseen: deck.unseen, due: deck.dueNow })}</p>
            </div>
            <ButtonLink
              href={reviewHref({ deck: deck.concept })}
              variant={deck.dueNow > 0 ? "primary" : "secondary"}
              size="sm"
              className="shrink-0 self-start sm:self-center"
              aria-label={t("studyDeckNamed", { deck: deck.name })}
            >
              {t("studyDeck")}
            </ButtonLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
