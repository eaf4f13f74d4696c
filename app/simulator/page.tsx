import type { Metadata } from "next";
import { Simulator } from "@/components/simulator/simulator";
import { readSharedScenario } from "@/lib/simulator/share";
import { getT } from "@/lib/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("simulator");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/**
 * The interactive simulator, open to guests. A link may carry a scenario (?s= or ?scenario=, see
 * lib/simulator/share.ts); it is validated here, so the page renders it straight away, and a
 * broken link renders an empty simulator with the reason.
 */
export default async function SimulatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const shared = readSharedScenario(await searchParams);
  return (
    <Simulator
      // A new link (another question's replay) starts a fresh simulator.
      key={shared.kind === "ok" ? JSON.stringify(shared.scenario) : shared.kind}
      initial={shared.kind === "ok" ? { scenario: shared.scenario, at: shared.at } : null}
      linkError={shared.kind === "error" ? { reason: shared.reason, message: shared.message } : null}
    />
  );
}
