// What the simulator says when an import fails, in the reader's language. The engine's parse
// messages (lib/tcp/scenario.ts) are English and written for the CLI; the page shows the field
// and, in English, the engine's own words, but never the JSON parser's text ("Unexpected token").
import type { ParseResult } from "@/lib/tcp";
import type { Locale } from "@/lib/i18n/config";

type Failure = Extract<ParseResult, { ok: false }>;
type Say = (key: "importNotJson" | "importInvalid" | "importInvalidField", vars?: Record<string, string | number>) => string;

export function importFailureMessage(failure: Failure, locale: Locale, say: Say): string {
  const first = failure.issues[0];
  if (!first || (first.path === "scenario" && first.message === "not valid JSON")) return say("importNotJson");
  if (locale === "en") return say("importInvalid", { message: `${first.path}: ${first.message}` });
  return say("importInvalidField", { path: first.path, n: failure.issues.length });
}
