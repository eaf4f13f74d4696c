/**
 * Handshake's own file for a teacher's question bank: versioned JSON of specs, validated in full
 * with zod before anything is saved. A file from another format version, with extra fields, with
 * more than MAX_IMPORT questions or with one bad question is refused whole, with a message
 * naming what and where.
 */
import { z } from "zod";
import type { Localized } from "../questions/types";
import type { Problem } from "./problems";
import type { QuestionSpec } from "./spec";

export const BANK_FORMAT = "handshake-question-bank";
export const BANK_VERSION = 1;
export const MAX_IMPORT = 200;
/** Larger files are refused before they are read (a bank of MAX_IMPORT questions is far smaller). */
export const MAX_IMPORT_BYTES = 900_000;

export interface BankFile {
  format: typeof BANK_FORMAT;
  version: typeof BANK_VERSION;
  exportedAt: string;
  questions: { spec: QuestionSpec }[];
}

export function toBankFile(specs: readonly QuestionSpec[], now: Date): BankFile {
  return { format: BANK_FORMAT, version: BANK_VERSION, exportedAt: now.toISOString(), questions: specs.map((spec) => ({ spec })) };
}

const L = (en: string, zh: string): Localized => ({ en, zh });

const envelope = z.strictObject({
  format: z.literal(BANK_FORMAT),
  version: z.number(),
  exportedAt: z.string().max(40).optional(),
  questions: z.array(z.strictObject({ spec: z.unknown() })),
});

export type ReadBankResult = { ok: true; specs: unknown[] } | { ok: false; problems: Problem[] };

/** The envelope of an import: format, version, count and shape; each spec is validated by the caller (validateSpec). */
export function readBankFile(text: string): ReadBankResult {
  const fail = (message: Localized): ReadBankResult => ({ ok: false, problems: [{ path: "", message }] });
  if (text.length > MAX_IMPORT_BYTES)
    return fail(
      L(
        `The file is larger than ${Math.round(MAX_IMPORT_BYTES / 1000)} kB: import at most ${MAX_IMPORT} questions at a time.`,
        `文件超过 ${Math.round(MAX_IMPORT_BYTES / 1000)} kB：每次最多导入 ${MAX_IMPORT} 道题目。`,
      ),
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(L("The file is not JSON: export it from Handshake's question bank.", "该文件不是 JSON：请从 Handshake 的题库导出。"));
  }
  const raw = json as { format?: unknown; version?: unknown; questions?: unknown };
  if (typeof json !== "object" || json === null || raw.format !== BANK_FORMAT)
    return fail(L("The file is not a Handshake question bank.", "该文件不是 Handshake 题库文件。"));
  if (raw.version !== BANK_VERSION)
    return fail(
      L(
        `The file is version ${String(raw.version)} of the bank format; this Handshake reads version ${BANK_VERSION}.`,
        `该文件的题库格式版本为 ${String(raw.version)}；当前的 Handshake 只能读取版本 ${BANK_VERSION}。`,
      ),
    );
  if (Array.isArray(raw.questions) && raw.questions.length > MAX_IMPORT) {
    return fail(
      L(
        `The file holds ${raw.questions.length} questions; import at most ${MAX_IMPORT} at a time. Nothing was imported.`,
        `该文件包含 ${raw.questions.length} 道题目；每次最多导入 ${MAX_IMPORT} 道。未导入任何题目。`,
      ),
    );
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map(String).join(".");
        return issue.code === "unrecognized_keys"
          ? {
              path,
              message: L(`${path || "The file"} has an unknown field ${issue.keys.join(", ")}.`, `${path || "文件"}含有未知字段 ${issue.keys.join("、")}。`),
            }
          : { path, message: L(`${path || "The file"} is not as Handshake writes it.`, `${path || "文件"}的格式与 Handshake 导出的不一致。`) };
      }),
    };
  }
  if (parsed.data.questions.length === 0) return fail(L("The file holds no questions.", "该文件中没有题目。"));
  return { ok: true, specs: parsed.data.questions.map((q) => q.spec) };
}
