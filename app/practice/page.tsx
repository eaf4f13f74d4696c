import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { GuestInvite } from "@/components/practice/guest-invite";
import { PracticeRunner } from "@/components/practice/practice-runner";
import { PracticeSetup } from "@/components/practice/practice-setup";
import { SETUP_MESSAGE_KEYS, type SetupConceptRow } from "@/components/practice/setup-data";
import { LEARN_PATH } from "@/lib/lessons/href";
import { CONCEPTS, hasTemplate, templatesForConcept, type Difficulty } from "@/lib/questions";
import { readPracticeSearchParams } from "@/lib/schemas/practice";
import { AppError } from "@/lib/server/errors";
import { getLocale, getT } from "@/lib/server/i18n";
import type { StoredPracticeQuestion } from "@/lib/practice/dto";
import { getConceptMastery } from "@/lib/server/mastery/get-masteries";
import { getGuestQuestion } from "@/lib/server/practice/get-guest-question";
import { getPracticeQuestion } from "@/lib/server/practice/get-practice-question";
import { nextPracticeQuestion } from "@/lib/server/practice/next-practice-question";
import { getOptionalUser } from "@/lib/server/session";
import { PCAP_BUTTON_KEYS } from "@/components/captures/pcap-button-keys";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("practice"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * /practice: the setup screen, or a practice run when the URL carries its settings. The run's
 * first question is made here on the server (stored for a signed-in learner, sealed for a
 * guest); q= or g= shows the same question again after a reload. Only the public part of a
 * question reaches the page.
 */
export default async function PracticePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, t, user, locale] = await Promise.all([searchParams, getT("practice"), getOptionalUser(), getLocale()]);
  const { settings, invalid, questionId, guestToken, likeTemplate } = readPracticeSearchParams(params);
  // "Try a similar question" (from /progress): the first question is a fresh variant of that template.
  const like =
    likeTemplate && hasTemplate(likeTemplate) && settings
      ? { templateId: likeTemplate, difficulty: (settings.difficulty === "auto" ? 1 : Number(settings.difficulty)) as Difficulty }
      : undefined;

  let initial: StoredPracticeQuestion | null = null;
  let message: string | null = invalid ? t("pickConcept") : null;
  if (settings && user && questionId) {
    initial = await getPracticeQuestion({ userId: user.id, questionId, locale });
    if (!initial) notFound();
  } else if (settings) {
    const again = !user && guestToken ? getGuestQuestion({ token: guestToken, locale }) : null;
    try {
      initial = { question: again ?? (await nextPracticeQuestion({ user, settings, locale, like })), result: null };
    } catch (error) {
      if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
      message = t("noQuestions");
    }
  }

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        {initial ? null : <p className="mt-2 max-w-2xl leading-relaxed text-muted">{t("intro")}</p>}
        {initial ? null : (
          <p className="mt-2 text-sm">
            <Link href={LEARN_PATH} className="font-medium text-accent underline-offset-4 hover:underline">
              {t("allLessons")}
            </Link>
          </p>
        )}
      </header>
      {user ? null : <GuestInvite />}
      {/* Each screen gets the messages it uses: the runner all of practice's, the setup its own few. */}
      {settings && initial ? (
        <ClientMessages namespaces={["practice"]} pick={{ captures: PCAP_BUTTON_KEYS }}>
          <PracticeRunner settings={settings} initial={initial} isGuest={!user} />
        </ClientMessages>
      ) : (
        <ClientMessages pick={{ practice: SETUP_MESSAGE_KEYS }}>
          <PracticeSetup
            concepts={await setupConcepts(user?.id ?? null, locale)}
            isGuest={!user}
            message={message}
            initialMode={settings?.mode}
            initialConcepts={settings?.concepts}
            initialDifficulty={settings?.difficulty}
          />
        </ClientMessages>
      )}
    </div>
  );
}

/** The setup screen's concepts as compact rows (setup-data.ts). */
async function setupConcepts(userId: string | null, locale: "en" | "zh"): Promise<SetupConceptRow[]> {
  const mastery = userId ? await getConceptMastery(userId) : null;
  return CONCEPTS.map((concept) => {
    const row = mastery?.find((m) => m.concept === concept.id);
    const standing: SetupConceptRow[4] = row ? [Math.round(row.mastery * 100), row.attempts, row.correct] : null;
    return [concept.id, concept.name[locale], concept.summary[locale], templatesForConcept(concept.id).length > 0, standing];
  });
}
