/**
 * npm run bench                 every part in bench/parts.ts that needs no setting up, one after another
 * npm run bench -- grading      the named parts only (several names allowed)
 * npm run bench -- --list       what there is
 *
 * Parts that serve the app (grading, progress) need a production build first: `npm run build`,
 * or `NEXT_DIST_DIR=.next-mine npx next build` with the same NEXT_DIST_DIR for the bench.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../scripts/db/schema-engine";
import { BENCH_PARTS, type BenchPart } from "./parts";

const available = BENCH_PARTS.filter((part) => existsSync(path.join(PROJECT_ROOT, part.file)));

function runPart(part: BenchPart): Promise<number> {
  const tsx = path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs");
  const args = [tsx, ...(part.conditions ?? []).map((condition) => `--conditions=${condition}`), path.join(PROJECT_ROOT, part.file)];
  console.log(`\n== bench: ${part.name} (${part.description}) ==\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: "inherit", env: process.env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const names = process.argv.slice(2);
if (names.includes("--list")) {
  for (const part of BENCH_PARTS) console.log(`${part.name.padEnd(10)} ${available.includes(part) ? "" : "(not in this tree) "}${part.description}`);
  process.exit(0);
}
const unknown = names.filter((name) => !available.some((part) => part.name === name));
if (unknown.length > 0) {
  console.error(`Unknown bench part(s): ${unknown.join(", ")}. Available: ${available.map((part) => part.name).join(", ")}`);
  process.exit(2);
}
const chosen = names.length > 0 ? available.filter((part) => names.includes(part.name)) : available.filter((part) => !part.onlyByName);
let failed = 0;
for (const part of chosen) {
  const code = await runPart(part);
  if (code !== 0) {
    console.error(`bench ${part.name} exited with code ${code}`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
