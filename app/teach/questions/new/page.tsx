import type { Metadata } from "next";
import Link from "next/link";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { specFromScenario } from "@/lib/authoring";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { findPreset, PRESETS } from "@/lib/simulator/presets";
import { readSharedScenario } from "@/lib/simulator/share";
import { parseScenario } from "@/lib/tcp";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("authoring"))("newTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A new question from a run: the simulator's link (?s=, the share format) or a preset
 * (?preset=). Without either, or with a broken link, the presets to start from.
 */
export default async function NewQuestionPage({ searchParams }: Props) {
  await requireTeacher();
  const [t, locale, params] = await Promise.all([getT("authoring"), getLocale(), searchParams]);
  const shared = readSharedScenario(params);
  const presetId = typeof params.preset === "string" ? params.preset : null;
  const preset = presetId ? findPreset(presetId) : undefined;
  const parsedPreset = preset ? parseScenario(preset.scenario) : null;
  const scenario = shared.kind === "ok" ? shared.scenario : parsedPreset?.ok ? parsedPreset.scenario : null;
  const title = preset && !(shared.kind === "ok") ? { en: preset.name.en, zh: preset.name.zh } : undefined;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href="/teach/questions" className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToBank")}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight">{t("newTitle")}</h1>
      </header>
      {shared.kind === "error" ? <Alert tone="error">{t("linkInvalid", { message: shared.message })}</Alert> : null}
      {scenario ? (
        <QuestionEditor questionId={null} initial={specFromScenario(scenario, title)} version={null} frozen={false} />
      ) : (
        <section aria-labelledby="presets-heading" className="space-y-3">
          <h2 id="presets-heading" className="text-xl font-semibold">
            {t("startFromPreset")}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {PRESETS.map((p) => (
              <li key={p.id}>
                <Link
                  href={`/teach/questions/new?preset=${p.id}`}
                  className="block h-full rounded-xl border border-border bg-surface p-3 shadow-sm hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                >
                  <span className="block font-medium">{p.name[locale]}</span>
                  <span className="mt-1 block text-sm text-muted">{p.summary[locale]}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="text-sm text-muted">{t("orSimulator")}</p>
          <Link href="/simulator" className={buttonClasses({ size: "sm", variant: "secondary" })}>
            {t("openSimulator")}
          </Link>
          <p className="text-sm text-muted">{t("orCapture")}</p>
          <Link href="/captures" className={buttonClasses({ size: "sm", variant: "secondary" })}>
            {t("openCaptureLab")}
          </Link>
        </section>
      )}
    </div>
  );
}
