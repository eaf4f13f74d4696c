// Which keys of a namespace the components can look up through a translator. In every file that
// holds one (a variable bound by `useT("ns")` or typed `Translator<"ns">`), each string literal
// that is a key of the namespace counts (`t("key")`, but also `["colName", "colScore"].map(t)` and
// `const key = "x"`), and each template's literal prefix stands for every key that starts with it
// (`status_${s}` for "status_graded", "status_late"...).
// Node only: the tests use it to hold a layout's hand-kept list of keys (a layout sends only
// those to the browser, issue 12) to what the code asks for. Over-counts on purpose: a server
// component with a `Translator<"ns">` parameter is counted too, since the same component may be
// rendered inside a client one.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const SOURCE = /\.(ts|tsx)$/;

/** The source files under a folder, or the file itself. */
function sourceFiles(root: string): string[] {
  if (SOURCE.test(root)) return [root];
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => SOURCE.test(file) && !file.includes(".test."))
    .map((file) => path.join(root, file));
}

/** The keys of `namespace` (among `known`) the sources under `roots` (folders or files) look up through a translator. */
export function usedClientKeys(roots: readonly string[], namespace: string, known: readonly string[]): Set<string> {
  const used = new Set<string>();
  const bound = new RegExp(`(?:useT\\("${namespace}"\\))|(?:Translator<"${namespace}">)`);
  const keys = new Set(known);
  for (const file of roots.flatMap(sourceFiles)) {
    const text = readFileSync(file, "utf8");
    if (!bound.test(text)) continue;
    for (const m of text.matchAll(/["'`]([A-Za-z0-9_]+)["'`]/g)) if (keys.has(m[1]!)) used.add(m[1]!);
    for (const m of text.matchAll(/`([A-Za-z0-9_]{3,})\$\{/g)) {
      for (const key of known) if (key.startsWith(m[1]!)) used.add(key);
    }
  }
  return used;
}
