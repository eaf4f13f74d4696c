// Finding 10 of issue 13: every text field refuses C0 control characters and DEL with a field
// message, before the text goes anywhere.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { changePasswordSchema } from "./account";
import { signInFormSchema, signUpFormSchema } from "./auth";
import { createAssignmentSchema, createClassSchema, joinClassSchema } from "./teach";
import { hasControlCharacters } from "./text";

const CONTROLS = ["\u0000", "\u0001", "\u0008", "\u001b", "\u001f", "\u007f"];

function messagesFor(schema: z.ZodType, input: Record<string, unknown>, field: string): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path.join(".") === field).map((issue) => issue.message);
}

const assignment = {
  classId: "class1",
  title: "Quiz",
  selection: "templates",
  templates: ["handshake-synack-ack"],
  questionCount: "1",
  difficulty: "1",
  attemptsAllowed: "1",
  showAnswers: "IMMEDIATELY",
  opensAt: "2026-01-01T09:00",
  dueAt: "2026-01-02T09:00",
  tzOffset: "0",
};
const signUp = { name: "Ada", email: "ada@example.com", password: "a-long-unusual-passphrase-41", role: "STUDENT" };

const FIELDS: { label: string; schema: z.ZodType; valid: Record<string, unknown>; field: string }[] = [
  { label: "sign-up name", schema: signUpFormSchema, valid: signUp, field: "name" },
  { label: "sign-up email", schema: signUpFormSchema, valid: signUp, field: "email" },
  { label: "sign-up password", schema: signUpFormSchema, valid: signUp, field: "password" },
  { label: "sign-in email", schema: signInFormSchema, valid: { email: "ada@example.com", password: "whatever" }, field: "email" },
  { label: "sign-in password", schema: signInFormSchema, valid: { email: "ada@example.com", password: "whatever" }, field: "password" },
  { label: "class name", schema: createClassSchema, valid: { name: "Networks 101" }, field: "name" },
  { label: "join code", schema: joinClassSchema, valid: { code: "ABCD2345" }, field: "code" },
  { label: "assignment title", schema: createAssignmentSchema, valid: assignment, field: "title" },
  {
    label: "current password",
    schema: changePasswordSchema,
    valid: { currentPassword: "old-password-123", newPassword: "a-long-unusual-passphrase-41" },
    field: "currentPassword",
  },
];

describe("control characters in text fields", () => {
  it("detects C0 controls and DEL, and nothing else", () => {
    for (const control of CONTROLS) expect(hasControlCharacters(`a${control}b`)).toBe(true);
    for (const text of ["Ada Lovelace", "李雷", "Zoë", "a\u00a0b", "emoji 🙂"]) expect(hasControlCharacters(text)).toBe(false);
  });

  for (const { label, schema, valid, field } of FIELDS) {
    it(`the ${label} refuses them with a field message`, () => {
      expect(schema.safeParse(valid).success, `${label} valid input`).toBe(true);
      for (const control of CONTROLS) {
        const value = `${String(valid[field]).slice(0, 4)}${control}${String(valid[field]).slice(4)}`;
        expect(messagesFor(schema, { ...valid, [field]: value }, field), `${label} with U+${control.charCodeAt(0).toString(16)}`).toEqual([
          "errors.controlCharacters",
        ]);
      }
    });
  }
});
