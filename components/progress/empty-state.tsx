import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/server/i18n";

/** What a learner with no answers and no reviews sees: where to begin. */
export async function ProgressEmptyState() {
  const t = await getT("progress");
  return (
    <Card className="p-6 sm:p-8">
      <section aria-labelledby="empty-title">
        <h2 id="empty-title" className="text-xl font-semibold tracking-tight">
          {t("emptyTitle")}
        </h2>
        <p className="mt-2 max-w-2xl leading-relaxed text-muted">{t("emptyBody")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/practice?mode=adaptive">{t("emptyPractice")}</ButtonLink>
          <ButtonLink href="/flashcards" variant="secondary">
            {t("emptyFlashcards")}
          </ButtonLink>
          <ButtonLink href="/simulator" variant="ghost">
            {t("emptySimulator")}
          </ButtonLink>
        </div>
        <p className="mt-4 text-sm text-muted">{t("emptyPracticeHint")}</p>
      </section>
    </Card>
  );
}
