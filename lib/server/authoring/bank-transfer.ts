// The bank in and out of Handshake's own JSON format (lib/authoring/bank-json.ts). An import is
// all or nothing: every question is validated as the editor's save would, and only then are all
// written, in one transaction.
import "server-only";
import { parseSpec, type Problem, type QuestionSpec } from "@/lib/authoring";
import { readBankFile, toBankFile, type BankFile } from "@/lib/authoring/bank-json";
import { db } from "../db";
import { validateSpec, versionData } from "./save-question";

export async function exportBank(options: { teacherId: string; now?: Date }): Promise<BankFile> {
  const questions = await db.authoredQuestion.findMany({
    where: { teacherId: options.teacherId },
    orderBy: { createdAt: "asc" },
    select: { versions: { orderBy: { version: "desc" }, take: 1, select: { spec: true } } },
  });
  const specs = questions.flatMap((q) => {
    const parsed = q.versions[0] ? parseSpec(q.versions[0].spec) : null;
    return parsed?.ok ? [parsed.spec] : [];
  });
  return toBankFile(specs, options.now ?? new Date());
}

export type ImportBankResult = { status: "invalid"; problems: Problem[] } | { status: "imported"; count: number };

export async function importBank(options: { teacherId: string; text: string }): Promise<ImportBankResult> {
  const read = readBankFile(options.text);
  if (!read.ok) return { status: "invalid", problems: read.problems };
  const specs: QuestionSpec[] = [];
  const problems: Problem[] = [];
  read.specs.forEach((raw, index) => {
    const valid = validateSpec(raw);
    if (valid.ok) specs.push(valid.spec);
    else
      for (const p of valid.problems.slice(0, 3))
        problems.push({
          path: `questions.${index}.${p.path}`,
          message: { en: `Question ${index + 1}: ${p.message.en}`, zh: `第 ${index + 1} 题：${p.message.zh}` },
        });
  });
  if (problems.length > 0) return { status: "invalid", problems: problems.slice(0, 20) };
  await db.$transaction(
    specs.map((spec) =>
      db.authoredQuestion.create({ data: { teacherId: options.teacherId, versions: { create: { version: 1, ...versionData(spec) } } }, select: { id: true } }),
    ),
  );
  return { status: "imported", count: specs.length };
}
