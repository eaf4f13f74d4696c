"use server";
// The question bank's Server Actions. Each is a public endpoint: teacherAction validates the
// input and checks the role; the data functions check ownership in their where clauses.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teacherAction } from "../action";
import { getT } from "../i18n";
import { importBank } from "./bank-transfer";
import { deleteAuthoredQuestion, duplicateAuthoredQuestion } from "./manage-question";
import { saveAuthoredQuestion } from "./save-question";

const id = z.string({ error: "teach.invalidId" }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "teach.invalidId" });
/** Large enough for any bank file the import accepts; readBankFile says plainly when a file is too large. */
const MAX_IMPORT_TEXT = 1_000_000;

export const saveQuestionAction = teacherAction(z.object({ questionId: id.nullable(), spec: z.unknown() }), async ({ questionId, spec }, { user }) => {
  const result = await saveAuthoredQuestion({ teacherId: user.id, questionId, spec });
  if (result.status === "saved") revalidatePath("/teach/questions");
  return result;
});

export const duplicateQuestionAction = teacherAction(z.object({ questionId: id }), async ({ questionId }, { user }) => {
  const t = await getT("authoring");
  const created = await duplicateAuthoredQuestion({ teacherId: user.id, questionId, copySuffix: { en: "(copy)", zh: "（副本）" } });
  revalidatePath("/teach/questions");
  return { id: created.id, message: t("duplicated") };
});

export const deleteQuestionAction = teacherAction(z.object({ questionId: id }), async ({ questionId }, { user }) => {
  await deleteAuthoredQuestion({ teacherId: user.id, questionId });
  revalidatePath("/teach/questions");
  return { deleted: questionId };
});

export const importBankAction = teacherAction(
  z.object({ text: z.string({ error: "authoring.importUnreadable" }).max(MAX_IMPORT_TEXT, { error: "authoring.importTooLarge" }) }),
  async ({ text }, { user }) => {
    const result = await importBank({ teacherId: user.id, text });
    if (result.status === "imported") revalidatePath("/teach/questions");
    return result;
  },
);
