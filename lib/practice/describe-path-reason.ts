import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { PASS_MASTERY, type PathReason } from "@/lib/mastery/learning-path";
import { conceptById } from "@/lib/questions";

const percent = (mastery: number) => Math.round(mastery * 100);

/** The line above an adaptive question saying why it comes now, in the reader's language. */
export function describePathReason(reason: PathReason, locale: Locale): string {
  const t = createTranslator(messages[locale], "practice", locale);
  const concept = conceptById(reason.concept).name[locale];
  const pass = percent(PASS_MASTERY);
  switch (reason.code) {
    case "start":
      return t("reasonStart", { concept, pass });
    case "path":
      return reason.previous
        ? t("reasonPathAfter", { concept, previous: conceptById(reason.previous).name[locale], percent: percent(reason.mastery), pass })
        : t("reasonPath", { concept, percent: percent(reason.mastery), pass });
    case "review":
      return t("reasonReview", { concept, percent: percent(reason.mastery), peak: percent(reason.peak) });
    case "polish":
      return t("reasonPolish", { concept, percent: percent(reason.mastery), pass });
  }
}
