/**
 * npm run -s simulate -- FILE   (or - for standard input)
 * Prints the trace of a scenario as JSON and exits 0; an invalid scenario prints a message naming
 * the field on standard error and exits 2.
 */
import { readFileSync } from "node:fs";
import { parseScenarioJson, simulate } from "../lib/tcp";

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1 || file === "--help" || file === "-h") {
    process.stderr.write("usage: npm run -s simulate -- FILE   (FILE is a scenario in JSON, or - for standard input)\n");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) {
    process.stderr.write(`invalid scenario: ${parsed.message}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(simulate(parsed.scenario), null, 1)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
