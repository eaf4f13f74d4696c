import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FlashcardMessages } from "@/components/flashcards/flashcard-messages";
import { GuestIntro } from "@/components/flashcards/guest-intro";
import { ReviewSession } from "@/components/flashcards/review-session";
import { deckById, isDeckId } from "@/lib/flashcards/decks";
import { reviewHref } from "@/lib/flashcards/review-href";
import { readReviewSearchParams } from "@/lib/schemas/flashcards";
import { getReviewSession } from "@/lib/server/flashcards/get-review-session";
import { getLocale, getT } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("flashcards");
  return { title: `${t("reviewTitle")} · ${t("title")}` };
}

/** /flashcards/review?deck=<concept>&ahead=1: one review session, all decks by default. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const scope = readReviewSearchParams(await searchParams);
  const user = await getOptionalUser();
  if (!user) return <GuestIntro next={reviewHref(scope)} />;
  if (scope.deck !== null && !isDeckId(scope.deck)) notFound();
  const [t, locale] = await Promise.all([getT("flashcards"), getLocale()]);
  const session = await getReviewSession({ userId: user.id, locale, scope });
  const scopeName = session.deck ? deckById(session.deck).name[locale] : t("allDecks");
  return (
    <div>
      <div className="mx-auto mb-4 max-w-3xl">
        <Link
          href="/flashcards"
          className="inline-flex min-h-11 items-center gap-1 rounded-lg text-sm font-medium text-accent underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←</span> {t("backToFlashcards")}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-fg">{t("reviewTitle")}</h1>
      </div>
      <FlashcardMessages>
        <ReviewSession key={`${session.deck ?? "all"}:${session.ahead}`} initial={session} scopeName={scopeName} />
      </FlashcardMessages>
    </div>
  );
}
