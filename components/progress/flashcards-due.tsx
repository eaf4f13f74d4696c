import { ButtonLink } from "@/components/ui/button";
import { getFlashcardsDue, requireProgressViewer } from "@/lib/server/progress/page-data";
import { getT } from "@/lib/server/i18n";
import { formatDay } from "./format";
import { Widget } from "./widget";

/** Cards due on each of the next 7 days. */
export async function FlashcardsDue() {
  const [due, t, { locale, today }] = await Promise.all([getFlashcardsDue(), getT("progress"), requireProgressViewer()]);
  const review = (
    <ButtonLink href="/flashcards" variant="secondary" size="sm">
      {t("dueReview")}
    </ButtonLink>
  );
  const max = Math.max(1, ...due.days.map((d) => d.due));
  return (
    <Widget id="due" title={t("dueTitle")} intro={t("dueIntro")} action={review}>
      <p className="text-sm font-medium">{due.total > 0 ? t("dueTotal", { count: due.total }) : t("dueNone")}</p>
      {due.overdue > 0 ? <p className="mt-1 text-sm text-danger">{t("dueOverdue", { count: due.overdue })}</p> : null}
      {due.total === 0 ? null : (
        <ol className="mt-3 space-y-1.5">
          {due.days.map((d) => (
            <li key={d.day} className="grid grid-cols-[6.5rem_1fr_4.5rem] items-center gap-2 text-sm">
              <span>{d.day === today ? t("dueToday") : formatDay(d.day, locale, { weekday: true })}</span>
              <span className="h-2 overflow-hidden rounded-full bg-surface-raised" aria-hidden="true">
                <span className="block h-full rounded-full bg-accent" style={{ width: `${(d.due / max) * 100}%` }} />
              </span>
              <span className="text-right tabular-nums">{t("dueDay", { count: d.due })}</span>
            </li>
          ))}
        </ol>
      )}
    </Widget>
  );
}
