"use client";
// For teachers: the run as it stands (up to the cursor) handed to the question editor, in the
// share link's own encoding, so the editor reads it as the simulator would.
import Link from "next/link";
import { useT } from "@/components/i18n/i18n-provider";
import { buttonClasses } from "@/components/ui/button";
import { encodeScenario, SHARE_PARAM } from "@/lib/simulator/share";
import type { Scenario } from "@/lib/tcp";

export function MakeQuestionLink({ scenario }: { scenario: Scenario }) {
  const t = useT("authoring");
  const disabled = scenario.steps.length === 0;
  return (
    <section aria-labelledby="simulator-author" className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id="simulator-author" className="text-base font-semibold">
        {t("makeQuestion")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("makeQuestionHint")}</p>
      {disabled ? null : (
        <Link
          href={`/teach/questions/new?${SHARE_PARAM}=${encodeURIComponent(encodeScenario(scenario))}`}
          className={buttonClasses({ size: "sm", className: "mt-2" })}
        >
          {t("makeQuestion")}
        </Link>
      )}
    </section>
  );
}
