/**
 * npx tsx bench/profile-summary.ts <file.cpuprofile> [top]
 *
 * Where a V8 CPU profile's time went (one written by `node --cpu-prof`, e.g. the app under
 * `BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench -- pages`): self time
 * grouped by origin (React's server renderer, Next's server, Prisma, pg, the app's own chunks,
 * Node's internals, the garbage collector), then the functions with the most self time. Frames in
 * the build's minified chunks are traced back to their source file and name through the chunk's
 * source map (Next writes one beside each server chunk), so the app's own files show by path. Chrome's
 * DevTools shows the same profile as a flame chart; this is the table a note can quote.
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [top]");
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));

const sourceMaps = new Map<string, SourceMap | null>();
function sourceMapOf(url: string): SourceMap | null {
  if (!sourceMaps.has(url)) {
    const mapFile = url.startsWith("file://") ? `${fileURLToPath(url)}.map` : `${url}.map`;
    sourceMaps.set(url, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : null);
  }
  return sourceMaps.get(url)!;
}

/** A frame of a bundled chunk as its source: the file (relative to the project) and the name there. */
function original(frame: ProfileNode["callFrame"]): { url: string; functionName: string; lineNumber: number } {
  const map = frame.url ? sourceMapOf(frame.url) : null;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !("originalSource" in entry)) return frame;
  const source = decodeURIComponent(entry.originalSource)
    .replace(/^(\.\.\/)+/, "")
    .replace(/^file:\/\/\/?/, "");
  return { url: source, functionName: (entry as { name?: string }).name ?? frame.functionName, lineNumber: entry.originalLine };
}

/** The origin of a frame, from its script's URL (Next bundles name their packages in chunk paths). */
function originOf(url: string, functionName: string): string {
  if (functionName === "(garbage collector)") return "garbage collector";
  if (functionName === "(idle)") return "idle";
  if (functionName === "(program)") return "V8 and native (program)";
  if (!url) return "native";
  if (url.startsWith("node:")) return "node internals";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const name = pkg[1]!;
    if (name === "next" && /react-dom|react-server-dom|compiled\/react/.test(url)) return "react (bundled in next)";
    return name;
  }
  if (/\/server\/chunks\/|\/server\/app\//.test(url)) return "build chunks (no source map)";
  // The app's own sources, by folder: app/, components/, lib/server/ ...
  const own = /^(app|components|lib|proxy|i18n|messages)(\/[^/]+)?/.exec(url);
  if (own) return own[0];
  return url
    .replace(/^file:\/\//, "")
    .split("/")
    .slice(-2)
    .join("/");
}

const selfMicros = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]!;
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

const byOrigin = new Map<string, number>();
const byFunction = new Map<string, number>();
let busy = 0;
for (const [id, micros] of selfMicros) {
  const callFrame = original(byId.get(id)!.callFrame);
  const origin = originOf(callFrame.url, callFrame.functionName);
  byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + micros);
  if (origin !== "idle") busy += micros;
  const name = `${callFrame.functionName || "(anonymous)"}  ${callFrame.url ? callFrame.url.replace(/^.*node_modules\//, "") : origin}:${callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
}

// Inclusive time of the app's own source files: each sample counts once for every file of the app
// on its stack (a component's time includes the React and Prisma work it caused).
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const ownFiles = new Map<number, string | null>();
function ownFileOf(id: number): string | null {
  if (!ownFiles.has(id)) {
    const { url } = original(byId.get(id)!.callFrame);
    ownFiles.set(id, /^(app|components|lib|proxy)[/.]/.test(url) ? url : null);
  }
  return ownFiles.get(id)!;
}
const inclusiveByFile = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const files = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const file = ownFileOf(at);
    if (file) files.add(file);
  }
  for (const file of files) inclusiveByFile.set(file, (inclusiveByFile.get(file) ?? 0) + micros);
}

const ms = (micros: number) => (micros / 1000).toFixed(0).padStart(7);
const share = (micros: number) => `${((100 * micros) / busy).toFixed(1).padStart(5)} %`;
console.log(`${file}: ${(busy / 1000).toFixed(0)} ms busy of ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms\n`);
console.log("self time by origin (ms, share of busy time)");
for (const [origin, micros] of [...byOrigin]
  .filter(([o]) => o !== "idle")
  .sort((a, b) => b[1] - a[1])
  .slice(0, top)) {
  console.log(`${ms(micros)}  ${share(micros)}  ${origin}`);
}
console.log(`\nthe ${top} functions with the most self time`);
for (const [name, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${ms(micros)}  ${share(micros)}  ${name}`);
}
console.log(`\nthe ${top} files of the app with the most inclusive time (what they ran, in any library, counted once per sample)`);
for (const [file, micros] of [...inclusiveByFile].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${ms(micros)}  ${share(micros)}  ${file}`);
}
