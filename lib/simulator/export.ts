import type { Scenario, ScenarioInput } from "@/lib/tcp";

/**
 * A scenario as a JSON file people read: the settings first, one step per line (as in the
 * worked example docs/scenarios.md ships), every default written out so the file says it all.
 */
export function formatScenarioJson(scenario: Scenario | ScenarioInput): string {
  const { steps, ...settings } = scenario;
  const head = JSON.stringify(settings, null, 2).replace(/\n}$/, "");
  const body = steps.length ? `[\n${steps.map((s) => `    ${JSON.stringify(s)}`).join(",\n")}\n  ]` : "[]";
  return `${head}${Object.keys(settings).length ? "," : ""}\n  "steps": ${body}\n}\n`;
}

/** A file name for the download: the title when there is one, made safe for any file system. */
export function exportFileName(scenario: Pick<Scenario, "title">, fallback = "scenario"): string {
  const base = (scenario.title ?? fallback)
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || fallback}.json`;
}
