import type { Metadata } from "next";
import Link from "next/link";
import { lessonHref } from "@/lib/lessons";
import { CONCEPTS } from "@/lib/questions";
import { getLocale, getT } from "@/lib/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("learn"))("title") };
}

/** /learn: every concept's lesson, in teaching order. */
export default async function LearnPage() {
  const [t, locale] = await Promise.all([getT("learn"), getLocale()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 leading-relaxed text-muted">{t("intro")}</p>
      </header>
      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading" className="sr-only">
          {t("indexHeading")}
        </h2>
        <ol className="grid gap-3 sm:grid-cols-2">
          {CONCEPTS.map((concept) => (
            <li key={concept.id}>
              <Link
                href={lessonHref(concept.id)}
                className="block h-full rounded-xl border border-border-strong bg-surface p-4 hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                <span className="block font-semibold text-accent">{concept.name[locale]}</span>
                <span className="mt-1 block text-sm leading-relaxed text-muted">{concept.summary[locale]}</span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
