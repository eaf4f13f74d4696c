import type { Metadata } from "next";
import Link from "next/link";
import { CardHoldButtons } from "@/components/flashcards/card-hold-buttons";
import { FlashcardMessages } from "@/components/flashcards/flashcard-messages";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { DECKS, isDeckId } from "@/lib/flashcards/decks";
import { HTML_LANG } from "@/lib/i18n/config";
import { CARD_FILTERS, cardBrowseSchema } from "@/lib/schemas/flashcards";
import { listCards } from "@/lib/server/flashcards/list-cards";
import { getFlashcardSettings } from "@/lib/server/flashcards/settings";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireUser } from "@/lib/server/session";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("flashcards"))("browseTitle") };
}

const selectClass = "block min-h-11 w-full rounded-lg border border-border-strong bg-surface px-3 text-base text-fg";

/**
 * /flashcards/browse: every card with the learner's state of it, searched and filtered by a plain
 * GET form (keyboard and script-free), with suspend and bury per card.
 */
export default async function BrowseCardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const [t, locale, raw, settings] = await Promise.all([getT("flashcards"), getLocale(), searchParams, getFlashcardSettings(user.id)]);
  const params = cardBrowseSchema.parse({ q: raw.q ?? "", deck: raw.deck || null, state: raw.state ?? "all" });
  const deck = params.deck && isDeckId(params.deck) ? params.deck : null;
  const cards = await listCards({ userId: user.id, locale, query: params.q, deck, filter: params.state });
  const dateFormat = dateTimeFormat(HTML_LANG[locale], { dateStyle: "medium", timeStyle: "short", timeZone: settings.timeZone });

  return (
    <FlashcardMessages>
      <div className="mx-auto max-w-5xl space-y-6">
        <header>
          <p className="text-sm">
            <Link href="/flashcards" className="text-accent underline-offset-4 hover:underline">
              {t("title")}
            </Link>
          </p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight text-fg">{t("browseTitle")}</h1>
          <p className="mt-3 max-w-3xl leading-relaxed text-muted">{t("browseIntro")}</p>
        </header>

        <form
          method="get"
          role="search"
          className="grid gap-4 rounded-xl border border-border bg-surface p-4 shadow-sm sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
        >
          <div>
            <label htmlFor="browse-q" className="block text-sm font-medium text-fg">
              {t("searchLabel")}
            </label>
            <Input id="browse-q" name="q" type="search" defaultValue={params.q} maxLength={100} placeholder={t("searchPlaceholder")} className="mt-1.5" />
          </div>
          <div>
            <label htmlFor="browse-deck" className="block text-sm font-medium text-fg">
              {t("deckFilterLabel")}
            </label>
            <select id="browse-deck" name="deck" defaultValue={deck ?? ""} className={`${selectClass} mt-1.5`}>
              <option value="">{t("allDecks")}</option>
              {DECKS.map((d) => (
                <option key={d.concept} value={d.concept}>
                  {d.name[locale]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="browse-state" className="block text-sm font-medium text-fg">
              {t("stateFilterLabel")}
            </label>
            <select id="browse-state" name="state" defaultValue={params.state} className={`${selectClass} mt-1.5`}>
              {CARD_FILTERS.map((filter) => (
                <option key={filter} value={filter}>
                  {t(`filter_${filter}`)}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit">{t("applyFilters")}</Button>
        </form>

        <div>
          <p role="status" className="font-medium text-fg tabular-nums">
            {t("cardCount", { count: cards.length })}
          </p>
          <p className="mt-1 text-sm text-muted">{t("browseNumbersNote")}</p>
        </div>

        {cards.length === 0 ? (
          <p className="rounded-xl border border-dashed border-border p-6 text-muted">{t("noCardsMatch")}</p>
        ) : (
          <ul className="divide-y divide-border rounded-xl border border-border bg-surface shadow-sm" aria-label={t("browseTitle")}>
            {cards.map((card) => (
              <li key={card.id} className="flex flex-col gap-3 p-4 md:flex-row md:items-start md:justify-between">
                <div className="min-w-0 space-y-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone="neutral">{card.deckName}</Badge>
                    <Badge tone="neutral">{t(`filter_${card.state}`)}</Badge>
                    {card.due ? <span className="text-xs text-muted">{t("dueOn", { date: dateFormat.format(new Date(card.due)) })}</span> : null}
                  </div>
                  <p className="break-words text-fg">{card.front}</p>
                  <details className="text-sm text-muted">
                    <summary className="cursor-pointer font-medium text-accent">{t("answerLabel")}</summary>
                    <p className="mt-1 break-words">{card.back}</p>
                  </details>
                </div>
                <CardHoldButtons cardId={card.id} label={card.front.slice(0, 80)} suspended={card.suspended} buried={card.buriedUntil !== null} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </FlashcardMessages>
  );
}
