"use client";
import { useT } from "@/components/i18n/i18n-provider";
import { ButtonLink } from "@/components/ui/button";
import { reviewHref } from "@/lib/flashcards/review-href";

/** One deck as the browser gets it: concept, name, summary, cards, unseen, due now. */
export type DeckRow = [concept: string, name: string, summary: string, total: number, unseen: number, due: number];

/**
 * The decks rendered from compact rows (issue 12: as a Server Component's output the list went to
 * the browser twice, as HTML and as React's payload with every class name).
 */
export function DeckRows({ decks }: { decks: DeckRow[] }) {
  const t = useT("flashcards");
  return (
    <ul className="mt-3 divide-y divide-border">
      {decks.map(([concept, name, summary, total, unseen, due]) => (
        <li key={concept} className="flex flex-col gap-2 px-6 py-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <p className="font-medium text-fg">{name}</p>
            <p className="text-sm text-muted">{summary}</p>
            <p className="mt-1 text-xs text-muted tabular-nums">{t("deckCounts", { total, unseen, due })}</p>
          </div>
          <ButtonLink
            href={reviewHref({ deck: concept })}
            variant={due > 0 ? "primary" : "secondary"}
            size="sm"
            className="shrink-0 self-start sm:self-center"
            aria-label={t("studyDeckNamed", { deck: name })}
          >
            {t("studyDeck")}
          </ButtonLink>
        </li>
      ))}
    </ul>
  );
}
