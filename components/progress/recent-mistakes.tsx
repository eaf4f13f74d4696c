import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { getRecentMistakes, requireProgressViewer } from "@/lib/server/progress/page-data";
import { getT } from "@/lib/server/i18n";
import { formatInstant } from "./format";
import { Widget } from "./widget";

/** The newest wrong answers, each with a similar question and a step-by-step replay. */
export async function RecentMistakes() {
  const [mistakes, t, { locale, timeZone }] = await Promise.all([getRecentMistakes(), getT("progress"), requireProgressViewer()]);
  return (
    <Widget id="mistakes" title={t("mistakesTitle")} intro={mistakes.length > 0 ? t("mistakesIntro") : undefined}>
      {mistakes.length === 0 ? (
        <p className="text-sm text-muted">{t("mistakesEmpty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {mistakes.map((m) => (
            <li key={m.id} className="flex min-w-0 flex-col rounded-lg border border-border p-4">
              <article aria-labelledby={`mistake-${m.id}`} className="flex flex-1 flex-col">
                <p className="text-xs text-muted">
                  {m.conceptName} · {t("mistakeDifficulty", { level: m.difficulty })} ·{" "}
                  <time dateTime={m.answeredAt}>{t("mistakeAnswered", { when: formatInstant(m.answeredAt, locale, timeZone) })}</time>
                </p>
                <h3 id={`mistake-${m.id}`} className="mt-1 font-semibold leading-snug">
                  {m.templateTitle}
                </h3>
                <p className="mt-2 text-sm leading-relaxed break-words">{m.prompt}</p>
                <dl className="mt-3 grid gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[auto_1fr] sm:gap-y-1">
                  {m.yourAnswer !== null ? (
                    <>
                      <dt className="text-muted">{t("mistakeYourAnswer")}</dt>
                      <dd className="font-mono break-words text-danger">{m.yourAnswer}</dd>
                    </>
                  ) : null}
                  <dt className="text-muted">{t("mistakeExpected")}</dt>
                  <dd className="font-mono break-words text-success">{m.expected}</dd>
                  {m.misconception ? (
                    <>
                      <dt className="text-muted">{t("mistakeWhy")}</dt>
                      <dd className="break-words">{m.misconception}</dd>
                    </>
                  ) : null}
                </dl>
                <div className="mt-auto flex flex-wrap gap-2 pt-4">
                  <Link href={m.similarHref} className={buttonClasses({ size: "sm" })} aria-label={t("mistakeTrySimilarFor", { title: m.templateTitle })}>
                    {t("mistakeTrySimilar")}
                  </Link>
                  <Link
                    href={m.replayHref}
                    className={buttonClasses({ size: "sm", variant: "secondary" })}
                    aria-label={t("mistakeReplayFor", { title: m.templateTitle })}
                  >
                    {t("mistakeReplay")}
                  </Link>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </Widget>
  );
}
