import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonArticle } from "@/components/learn/lesson-article";
import { isLessonConcept, lessonView } from "@/lib/lessons";
import { CONCEPTS } from "@/lib/questions";
import { getLocale, getT } from "@/lib/server/i18n";

type Params = Promise<{ concept: string }>;

/** The lessons are known at build time; any other segment is the app's 404, never a 500. */
export function generateStaticParams(): { concept: string }[] {
  return CONCEPTS.map((c) => ({ concept: c.id }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { concept } = await params;
  if (!isLessonConcept(concept)) return {};
  const [t, locale] = await Promise.all([getT("learn"), getLocale()]);
  return { title: t("lessonTitle", { concept: lessonView(concept, locale).name }) };
}

/** /learn/[concept]: one lesson, in the reader's language, rendered on the server. */
export default async function LessonPage({ params }: { params: Params }) {
  const { concept } = await params;
  if (!isLessonConcept(concept)) notFound();
  const [t, practice, locale] = await Promise.all([getT("learn"), getT("practice"), getLocale()]);
  return <LessonArticle lesson={lessonView(concept, locale)} t={t} practice={practice} />;
}
