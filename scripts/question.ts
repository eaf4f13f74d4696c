/**
 * npm run -s question -- --list
 * npm run -s question -- --template ID --seed N [--difficulty 1|2|3] [--locale en|zh]
 * npm run -s question -- --all --seeds 1..N [--difficulty D] [--locale L]      (JSON lines)
 * npm run -s question -- --grade      (reads JSON lines {"template","seed","response"[,"difficulty","locale"]} on stdin)
 * Prints JSON on standard output; bad arguments print a message on standard error and exit 2.
 */
import { readFileSync } from "node:fs";
import { answerFor, generateQuestion, grade, hasTemplate, listTemplates, parseResponse, toPublic, type Difficulty, type Locale } from "../lib/questions";
import { isLocale } from "../lib/i18n/config";

const USAGE = `usage:
  npm run -s question -- --list
  npm run -s question -- --template ID --seed N [--difficulty 1|2|3] [--locale en|zh]
  npm run -s question -- --all --seeds 1..N [--difficulty 1|2|3] [--locale en|zh]
  npm run -s question -- --grade   < lines of {"template","seed","response"[,"difficulty","locale"]}`;

class UsageError extends Error {}

type Options = {
  mode: "list" | "template" | "all" | "grade";
  template?: string;
  seed?: number;
  seeds?: [number, number];
  difficulty: Difficulty;
  locale: Locale;
};

const parseSeed = (text: string | undefined, what: string): number => {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) > 2 ** 32 - 1) throw new UsageError(`${what} must be a whole number from 0 to 4294967295`);
  return Number(text);
};

const parseDifficulty = (value: unknown): Difficulty => {
  if (value === 1 || value === 2 || value === 3 || value === "1" || value === "2" || value === "3") return Number(value) as Difficulty;
  throw new UsageError("--difficulty must be 1, 2 or 3");
};

function parseArgs(argv: string[]): Options {
  const modes = argv.filter((a) => ["--list", "--template", "--all", "--grade"].includes(a));
  if (modes.length !== 1) throw new UsageError("give exactly one of --list, --template, --all, --grade");
  const options: Options = { mode: modes[0]!.slice(2) as Options["mode"], difficulty: 1, locale: "en" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case "--list":
      case "--all":
      case "--grade":
        break;
      case "--template":
        options.template = value();
        break;
      case "--seed":
        options.seed = parseSeed(value(), "--seed");
        break;
      case "--seeds": {
        const match = /^(\d+)\.\.(\d+)$/.exec(value());
        if (!match) throw new UsageError("--seeds must look like 1..20");
        const range: [number, number] = [parseSeed(match[1], "--seeds"), parseSeed(match[2], "--seeds")];
        if (range[0] > range[1] || range[1] - range[0] > 100_000) throw new UsageError("--seeds must be an increasing range of at most 100000 seeds");
        options.seeds = range;
        break;
      }
      case "--difficulty":
        options.difficulty = parseDifficulty(value());
        break;
      case "--locale": {
        const locale = value();
        if (!isLocale(locale)) throw new UsageError("--locale must be en or zh");
        options.locale = locale;
        break;
      }
      default:
        throw new UsageError(`unknown argument ${arg}`);
    }
  }
  if (options.mode === "template") {
    if (!options.template || !hasTemplate(options.template)) throw new UsageError(`unknown template ${JSON.stringify(options.template)} (see --list)`);
    if (options.seed === undefined) throw new UsageError("--template needs --seed N");
  }
  if (options.mode === "all" && !options.seeds) throw new UsageError("--all needs --seeds 1..N");
  return options;
}

const questionLine = (template: string, seed: number, difficulty: Difficulty, locale: Locale) => {
  const question = generateQuestion(template, seed, difficulty);
  return { template, seed, public: toPublic(question, locale), answer: answerFor(question) };
};

function gradeLine(line: string): unknown {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { error: "not valid JSON" };
  }
  if (typeof input !== "object" || input === null) return { error: "each line must be an object" };
  const { template, seed, response, difficulty = 1, locale = "en" } = input as Record<string, unknown>;
  if (typeof template !== "string" || !hasTemplate(template)) return { error: `unknown template ${JSON.stringify(template)}` };
  if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1)
    return { error: "seed must be a whole number from 0 to 4294967295" };
  if (!isLocale(locale)) return { error: "locale must be en or zh" };
  let level: Difficulty;
  try {
    level = parseDifficulty(difficulty);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const question = generateQuestion(template, seed, level);
  const parsed = parseResponse(question, response);
  if (!parsed.ok) return { error: `invalid response: ${parsed.message}` };
  const { correct, expected, misconception, explanation } = grade(question, parsed.response, locale);
  return { correct, expected, misconception, explanation };
}

function main(argv: string[]): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  const out = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
  switch (options.mode) {
    case "list":
      out(listTemplates().map(({ id, concept, kind }) => ({ id, concept, kind })));
      return 0;
    case "template":
      out(questionLine(options.template!, options.seed!, options.difficulty, options.locale));
      return 0;
    case "all":
      for (const { id } of listTemplates())
        for (let seed = options.seeds![0]; seed <= options.seeds![1]; seed++) out(questionLine(id, seed, options.difficulty, options.locale));
      return 0;
    case "grade": {
      const lines = readFileSync(0, "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "");
      let failed = false;
      for (const line of lines) {
        const result = gradeLine(line);
        if (result && typeof result === "object" && "error" in result) failed = true;
        out(result);
      }
      return failed ? 1 : 0;
    }
  }
}

// A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not an error.
const stopWhenClosed = (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
};
process.stdout.on("error", stopWhenClosed);

process.exitCode = main(process.argv.slice(2));
