/**
 * npm run -s capture -- FILE [--profile rfc|linux]   (FILE - reads standard input)
 * Prints the analysis of a pcap, pcapng or `tcpdump -n -S -tt` text file as the JSON of
 * docs/captures.md and exits 0; a bad file prints one line naming the problem and exits 2.
 */
import { readFileSync } from "node:fs";
import { analyseCapture, isCaptureError, PROFILE_NAMES, toContractJson, type CaptureProfile } from "../lib/capture";

const USAGE = "usage: npm run -s capture -- FILE [--profile rfc|linux]   (FILE is a pcap, pcapng or tcpdump -n -S -tt text file, or - for standard input)";

function main(argv: string[]): number {
  let profile: CaptureProfile["name"] = "rfc";
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--profile" || arg.startsWith("--profile=")) {
      const value = arg.includes("=") ? arg.slice("--profile=".length) : argv[(i += 1)];
      if (!PROFILE_NAMES.includes(value as CaptureProfile["name"])) {
        process.stderr.write(`--profile must be rfc or linux, not ${value === undefined ? "nothing" : JSON.stringify(value)}\n`);
        return 2;
      }
      profile = value as CaptureProfile["name"];
    } else if (arg === "--help" || arg === "-h" || (arg.startsWith("-") && arg !== "-")) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = files[0]!;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      `cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  try {
    const analysis = analyseCapture(bytes, profile);
    process.stdout.write(`${JSON.stringify(toContractJson(analysis), null, 1)}\n`);
    return 0;
  } catch (error) {
    if (!isCaptureError(error)) throw error;
    process.stderr.write(`${file}: ${error.message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
