import type { Metadata } from "next";
import { Simulator } from "@/components/simulator/simulator";
import { readSharedScenario, type SharedScenario } from "@/lib/simulator/share";
import { getT } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";

/** Teachers get "make a question" (the authoring editor checks the role again); the page works without a database. */
async function isTeacher(): Promise<boolean> {
  try {
    return (await getOptionalUser())?.role === "TEACHER";
  } catch {
    return false;
  }
}

/** A short key per shared scenario (FNV-1a of its JSON), so a new link remounts the simulator. */
function keyOf(shared: SharedScenario): string {
  if (shared.kind !== "ok") return shared.kind;
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(shared.scenario)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return `${(hash >>> 0).toString(36)}-${shared.at}`;
}

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
  const [shared, canAuthor] = await Promise.all([searchParams.then(readSharedScenario), isTeacher()]);
  return (
    <Simulator
      // A new link (another question's replay) starts a fresh simulator.
      key={keyOf(shared)}
      initial={shared.kind === "ok" ? { scenario: shared.scenario, at: shared.at } : null}
      linkError={shared.kind === "error" ? { reason: shared.reason, message: shared.message } : null}
      canAuthor={canAuthor}
    />
  );
}
