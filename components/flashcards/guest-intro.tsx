import { randomInt } from "node:crypto";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { renderCard } from "@/lib/flashcards/decks";
import { getLocale, getT } from "@/lib/server/i18n";
import { CardBack, CardFront } from "./card-faces";
import { FlashcardMessages } from "./flashcard-messages";

const SAMPLE_CARD = "engine:established-receives-fin";

/** For visitors: what the flashcards are, a sample card, and an invitation to sign in. */
export async function GuestIntro({ next }: { next: string }) {
  const [t, locale] = await Promise.all([getT("flashcards"), getLocale()]);
  // A fresh draw on each visit: the sample shows that the numbers change.
  const sample = renderCard(SAMPLE_CARD, randomInt(0, 2 ** 31), locale);
  const query = `?next=${encodeURIComponent(next)}`;
  return (
    <FlashcardMessages>
      <div className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight text-fg">{t("guestTitle")}</h1>
        <p className="mt-3 text-lg leading-relaxed text-muted">{t("intro")}</p>
        <p className="mt-3 leading-relaxed text-fg">{t("guestBody")}</p>
        <Card className="mt-6 border-accent/40">
          <p className="leading-relaxed text-fg">{t("guestAccount")}</p>
          <div className="mt-4 flex flex-col gap-2 sm:flex-row">
            <ButtonLink href={`/signin${query}`}>{t("guestSignIn")}</ButtonLink>
            <ButtonLink href={`/signup${query}`} variant="secondary">
              {t("guestSignUp")}
            </ButtonLink>
          </div>
        </Card>
        {sample ? (
          <section className="mt-8" aria-labelledby="sample-title">
            <h2 id="sample-title" className="text-lg font-semibold text-fg">
              {t("guestSample")}
            </h2>
            <p className="text-sm text-muted">{t("guestSampleNote")}</p>
            <div className="mt-3 rounded-xl border border-border bg-surface shadow-sm">
              <div className="px-4 py-5 sm:px-6">
                <CardFront card={sample} />
              </div>
              <div className="border-t border-dashed border-border-strong px-4 py-5 sm:px-6">
                <p className="mb-3 text-sm font-semibold tracking-wide text-accent uppercase">{t("answer")}</p>
                <CardBack card={sample} />
              </div>
            </div>
          </section>
        ) : null}
      </div>
    </FlashcardMessages>
  );
}
