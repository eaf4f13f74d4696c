/**
 * npm run -s capture:samples   writes the engine's sample captures (lib/capture/samples.ts) to
 * public/captures/. The loopback samples there were captured with tcpdump (docs/captures.md).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CAPTURE_SAMPLES } from "../lib/capture/samples";
import { pcapOfScenario } from "../lib/capture/testing";

for (const sample of CAPTURE_SAMPLES) {
  if (!sample.scenario) continue;
  writeFileSync(join("public", "captures", sample.file), pcapOfScenario(sample.scenario));
  process.stdout.write(`wrote public/captures/${sample.file}\n`);
}
