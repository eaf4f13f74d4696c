// Saving a question from the editor. The spec is parsed and checked against its run exactly as
// the editor's preview does (lib/authoring), on the server, whatever the browser said. An edit
// changes the current version in place while no started assignment uses it; otherwise it becomes
// a new version and the assignments keep theirs.
import "server-only";
import { checkSpec, parseSpec, previewSpec, type Problem, type QuestionSpec } from "@/lib/authoring";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { AppError } from "../errors";
import { assignmentsUsing } from "./usage";

export type SaveQuestionResult = { status: "invalid"; problems: Problem[] } | { status: "saved"; id: string; version: number; newVersion: boolean };

export const versionData = (spec: QuestionSpec) => ({
  titleEn: spec.title.en,
  titleZh: spec.title.zh,
  concept: spec.concept,
  askKind: spec.ask.kind,
  spec: spec as unknown as Prisma.InputJsonValue,
});

/** Problems that keep a spec out of the bank: its shape, its run, and a question none of whose variants runs. */
export function validateSpec(input: unknown): { ok: true; spec: QuestionSpec } | { ok: false; problems: Problem[] } {
  const parsed = parseSpec(input);
  if (!parsed.ok) return parsed;
  const problems = checkSpec(parsed.spec);
  if (problems.length > 0) return { ok: false, problems };
  const preview = previewSpec(parsed.spec);
  if (!preview.variants.some((v) => v.ok)) {
    return {
      ok: false,
      problems: [
        {
          path: "vary",
          message: {
            en: "No variant of this question runs: see the preview for each variant's failing step.",
            zh: "该题目没有任何变体能够运行：请在预览中查看各变体失败的步骤。",
          },
        },
      ],
    };
  }
  return { ok: true, spec: parsed.spec };
}

export async function saveAuthoredQuestion(options: { teacherId: string; questionId: string | null; spec: unknown; now?: Date }): Promise<SaveQuestionResult> {
  const { teacherId, questionId, now = new Date() } = options;
  const valid = validateSpec(options.spec);
  if (!valid.ok) return { status: "invalid", problems: valid.problems };
  const data = versionData(valid.spec);

  if (!questionId) {
    const created = await db.authoredQuestion.create({ data: { teacherId, versions: { create: { version: 1, ...data } } }, select: { id: true } });
    return { status: "saved", id: created.id, version: 1, newVersion: true };
  }

  const question = await db.authoredQuestion.findFirst({
    where: { id: questionId, teacherId },
    select: { id: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true } } },
  });
  const current = question?.versions[0];
  if (!question || !current) throw new AppError("NOT_FOUND");
  const uses = await assignmentsUsing(teacherId, [current.id], now);
  const frozen = uses.some((u) => u.started);
  return db.$transaction(async (tx) => {
    if (frozen) {
      await tx.authoredQuestionVersion.create({ data: { questionId, version: current.version + 1, ...data } });
    } else {
      await tx.authoredQuestionVersion.update({ where: { id: current.id }, data });
    }
    await tx.authoredQuestion.update({ where: { id: questionId }, data: { updatedAt: now } });
    return { status: "saved" as const, id: questionId, version: frozen ? current.version + 1 : current.version, newVersion: frozen };
  });
}
