import type { Metadata } from "next";
import { getT } from "@/lib/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("account"))("privacyTitle") };
}

/** The privacy notice: what is kept, for how long, what teachers see (the rule of lib/mastery/mastery.ts). */
export default async function PrivacyPage() {
  const t = await getT("account");
  const sections = [
    { id: "kept", title: t("privacyKeptTitle"), items: [t("privacyKept1"), t("privacyKept2"), t("privacyKept3"), t("privacyKept4"), t("privacyKept5")] },
    { id: "keep", title: t("privacyKeepTitle"), items: [t("privacyKeep1"), t("privacyKeep2")] },
    { id: "teachers", title: t("privacyTeachersTitle"), items: [t("privacyTeachers1"), t("privacyTeachers2"), t("privacyTeachers3")] },
    { id: "rights", title: t("privacyRightsTitle"), items: [t("privacyRights1"), t("privacyCookies")] },
  ];
  return (
    <article className="mx-auto max-w-2xl space-y-8">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("privacyTitle")}</h1>
        <p className="mt-2 leading-relaxed text-muted">{t("privacyIntro")}</p>
      </header>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`privacy-${section.id}`}>
          <h2 id={`privacy-${section.id}`} className="text-xl font-semibold tracking-tight">
            {section.title}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-5 leading-relaxed">
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
