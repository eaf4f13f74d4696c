import Link from "next/link";
import { SequenceDiagram } from "@/components/diagram/sequence-diagram";
import { diagramLabels } from "@/components/practice/diagram-labels";
import { ButtonLink } from "@/components/ui/button";
import { lessonHref, LEARN_PATH, type LessonView } from "@/lib/lessons";
import type { Translator } from "@/lib/i18n/translate";
import { practiceSearch } from "@/lib/schemas/practice-choices";
import { simulatorHref } from "@/lib/simulator/share";

const linkClass =
  "font-medium text-accent underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring rounded-sm";

interface LessonArticleProps {
  lesson: LessonView;
  t: Translator<"learn">;
  practice: Translator<"practice">;
}

/** One lesson: what it is, the rule and its sources, the worked example drawn, the usual mistakes. Server-rendered, no script. */
export function LessonArticle({ lesson, t, practice }: LessonArticleProps) {
  const { example } = lesson;
  return (
    <article aria-labelledby="lesson-title" className="mx-auto max-w-3xl space-y-8 break-words">
      <header>
        <p className="text-sm">
          <Link href={LEARN_PATH} className={linkClass}>
            {t("allLessons")}
          </Link>
        </p>
        <h1 id="lesson-title" className="mt-2 text-3xl font-semibold tracking-tight">
          {lesson.name}
        </h1>
        <p className="mt-2 leading-relaxed text-muted">{lesson.summary}</p>
      </header>

      <section aria-labelledby="lesson-what" className="space-y-2">
        <h2 id="lesson-what" className="text-xl font-semibold tracking-tight">
          {t("whatHeading")}
        </h2>
        <p className="leading-relaxed">{lesson.what}</p>
      </section>

      <section aria-labelledby="lesson-rule" className="space-y-2">
        <h2 id="lesson-rule" className="text-xl font-semibold tracking-tight">
          {t("ruleHeading")}
        </h2>
        <p className="leading-relaxed">{lesson.rule}</p>
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
          <span className="font-medium text-muted">{t("sourcesLabel")}</span>
          <ul className="flex flex-wrap gap-x-3 gap-y-1" data-testid="lesson-citations">
            {lesson.citations.map((c) => (
              <li key={c.href + c.label}>
                <a href={c.href} className={linkClass}>
                  {c.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="lesson-example" className="space-y-3">
        <h2 id="lesson-example" className="text-xl font-semibold tracking-tight">
          {t("exampleHeading")}
        </h2>
        <p className="leading-relaxed">{example.setup}</p>
        <div className="rounded-xl border border-border bg-surface p-2 sm:p-4">
          <SequenceDiagram
            trace={example.diagram.trace}
            highlightStep={example.diagram.highlightStep}
            highlightSegments={example.diagram.highlightSegments}
            labels={diagramLabels(practice)}
            title={t("diagramTitle")}
            className="text-fg"
          />
        </div>
        <ol className="list-decimal space-y-2 pl-6 leading-relaxed" data-testid="lesson-narration">
          {example.narration.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ol>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          <span>{t("exampleNote")}</span>
          <Link href={simulatorHref(example.scenario)} className={linkClass}>
            {t("replay")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="lesson-mistakes" className="space-y-2">
        <h2 id="lesson-mistakes" className="text-xl font-semibold tracking-tight">
          {t("misconceptionsHeading")}
        </h2>
        <ul className="list-disc space-y-2 pl-6 leading-relaxed" data-testid="lesson-misconceptions">
          {lesson.misconceptions.map((m) => (
            <li key={m.id}>{m.label}</li>
          ))}
        </ul>
      </section>

      <footer className="space-y-6 border-t border-border pt-6">
        <ButtonLink href={`/practice${practiceSearch({ mode: "concepts", concepts: [lesson.concept], difficulty: "auto" })}`}>{t("practise")}</ButtonLink>
        <nav aria-label={t("lessonNav")}>
          <ul className="flex flex-col gap-2 text-sm sm:flex-row sm:justify-between">
            {lesson.previous ? (
              <li>
                <Link href={lessonHref(lesson.previous.concept)} rel="prev" className={linkClass}>
                  {t("previous", { concept: lesson.previous.name })}
                </Link>
              </li>
            ) : null}
            {lesson.next ? (
              <li className="sm:ml-auto">
                <Link href={lessonHref(lesson.next.concept)} rel="next" className={linkClass}>
                  {t("next", { concept: lesson.next.name })}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      </footer>
    </article>
  );
}
