import type { Metadata } from "next";
import { Suspense } from "react";
import { ButtonLink } from "@/components/ui/button";
import { DeckList } from "@/components/flashcards/deck-list";
import { FlashcardHomeMessages } from "@/components/flashcards/flashcard-messages";
import { GuestIntro } from "@/components/flashcards/guest-intro";
import { ReviewStats } from "@/components/flashcards/review-stats";
import { SettingsForm } from "@/components/flashcards/settings-form";
import { PanelSkeleton } from "@/components/flashcards/skeletons";
import { TodayPanel } from "@/components/flashcards/today-panel";
import { loadLearnerCards } from "@/lib/server/flashcards/get-review-session";
import { getFlashcardSettings } from "@/lib/server/flashcards/settings";
import { getT } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("flashcards"))("title") };
}

// Visitors get an explanation and a sample card; reviews need an account.
export default async function FlashcardsPage() {
  const user = await getOptionalUser();
  if (!user) return <GuestIntro next="/flashcards" />;
  const [t, settings] = await Promise.all([getT("flashcards"), getFlashcardSettings(user.id)]);
  // Today's queue and the deck list show the same cards: read once, awaited by each in its own Suspense.
  const cards = loadLearnerCards(user.id);
  cards.catch(() => {}); // a failed read is reported by the views that await it, not as an unhandled rejection
  return (
    <FlashcardHomeMessages>
      <div className="mx-auto max-w-5xl">
        <h1 className="text-3xl font-semibold tracking-tight text-fg">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg leading-relaxed text-muted">{t("intro")}</p>
        <p className="mt-3">
          <ButtonLink href="/flashcards/browse" variant="secondary" size="sm">
            {t("browseLink")}
          </ButtonLink>
        </p>
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <div className="space-y-6">
            <Suspense fallback={<PanelSkeleton />}>
              <TodayPanel userId={user.id} settings={settings} cards={cards} />
            </Suspense>
            <Suspense fallback={<PanelSkeleton tall />}>
              <ReviewStats userId={user.id} settings={settings} />
            </Suspense>
            <SettingsForm newCardsPerDay={settings.newCardsPerDay} shortcutsEnabled={settings.shortcutsEnabled} />
          </div>
          <Suspense fallback={<PanelSkeleton tall />}>
            <DeckList userId={user.id} cards={cards} />
          </Suspense>
        </div>
      </div>
    </FlashcardHomeMessages>
  );
}
