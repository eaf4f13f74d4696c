// The bank's other writes: duplicate (a new question from the current version) and delete (only
// when no assignment uses any of its versions: an assignment needs its items to grade and show).
import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { versionData, validateSpec } from "./save-question";
import { assignmentsUsing } from "./usage";

async function ownedVersions(teacherId: string, questionId: string) {
  const question = await db.authoredQuestion.findFirst({
    where: { id: questionId, teacherId },
    select: { id: true, versions: { orderBy: { version: "desc" }, select: { id: true, spec: true } } },
  });
  if (!question || question.versions.length === 0) throw new AppError("NOT_FOUND");
  return question.versions;
}

export async function duplicateAuthoredQuestion(options: {
  teacherId: string;
  questionId: string;
  copySuffix: { en: string; zh: string };
}): Promise<{ id: string }> {
  const [current] = await ownedVersions(options.teacherId, options.questionId);
  const valid = validateSpec(current!.spec);
  if (!valid.ok) throw new AppError("CONFLICT", { messageKey: "authoring.storedInvalid" });
  const spec = {
    ...valid.spec,
    title: { en: `${valid.spec.title.en} ${options.copySuffix.en}`.slice(0, 120), zh: `${valid.spec.title.zh}${options.copySuffix.zh}`.slice(0, 120) },
  };
  return db.authoredQuestion.create({
    data: { teacherId: options.teacherId, versions: { create: { version: 1, ...versionData(spec) } } },
    select: { id: true },
  });
}

export async function deleteAuthoredQuestion(options: { teacherId: string; questionId: string; now?: Date }): Promise<void> {
  const versions = await ownedVersions(options.teacherId, options.questionId);
  const uses = await assignmentsUsing(
    options.teacherId,
    versions.map((v) => v.id),
    options.now ?? new Date(),
  );
  if (uses.length > 0) throw new AppError("CONFLICT", { messageKey: "authoring.deleteInUse", messageVars: { count: uses.length } });
  await db.authoredQuestion.deleteMany({ where: { id: options.questionId, teacherId: options.teacherId } });
}
