import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { messages } from "@/lib/i18n/messages";
import { translateReference } from "@/lib/i18n/translate";
import { action, authedAction, formDataToObject, teacherAction } from "./action";
import { AppError } from "./errors";
import type { SessionUser } from "./session";

// The builder's collaborators that need a live request (cookies, the session cookie) are
// replaced; everything the builder itself does runs for real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("./session", () => ({ getOptionalUser: async () => session.user }));
vi.mock("./i18n", () => ({
  translateMessageReference: async (reference: string, vars?: Record<string, string | number>, fallback = "errors.unexpected") =>
    translateReference(messages.en, reference, vars) ?? translateReference(messages.en, fallback),
}));

const student: SessionUser = { id: "u1", name: "Ada", email: "ada@example.com", role: "STUDENT", locale: "en" };
const teacher: SessionUser = { ...student, id: "u2", role: "TEACHER" };
const schema = z.object({
  email: z.string().pipe(z.email({ error: "auth.emailInvalid" })),
  password: z.string().min(10, { error: "auth.passwordTooShort" }),
  count: z.coerce.number().int().optional(),
});

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

beforeEach(() => {
  session.user = null;
});

describe("action", () => {
  const echo = action(schema, async (input) => input);

  it("passes parsed input to the handler and wraps the result", async () => {
    expect(await echo({ email: "ada@example.com", password: "long enough!", count: 2 })).toEqual({
      ok: true,
      data: { email: "ada@example.com", password: "long enough!", count: 2 },
    });
  });

  it("accepts (previousState, formData) as useActionState calls it", async () => {
    const result = await echo(null, form({ email: "ada@example.com", password: "long enough!", count: "3" }));
    expect(result).toEqual({ ok: true, data: { email: "ada@example.com", password: "long enough!", count: 3 } });
  });

  it("returns translated field errors and echoes input without secrets", async () => {
    const result = await echo(form({ email: "nope", password: "short" }));
    expect(result).toEqual({
      ok: false,
      message: messages.en.errors.invalidInput,
      fieldErrors: { email: [messages.en.auth.emailInvalid], password: [messages.en.auth.passwordTooShort] },
      values: { email: "nope" },
    });
  });

  it("shows an AppError's own message", async () => {
    const taken = action(schema, async () => {
      throw new AppError("CONFLICT", { messageKey: "auth.emailTaken", fieldErrors: { email: ["auth.emailTaken"] } });
    });
    const result = await taken({ email: "ada@example.com", password: "long enough!" });
    expect(result).toMatchObject({ ok: false, message: messages.en.auth.emailTaken, fieldErrors: { email: [messages.en.auth.emailTaken] } });
  });

  it("interpolates an AppError's variables", async () => {
    const locked = action(schema, async () => {
      throw new AppError("RATE_LIMITED", { messageKey: "auth.locked", messageVars: { minutes: 7 } });
    });
    const result = await locked({ email: "ada@example.com", password: "long enough!" });
    expect(result.ok === false && result.message).toContain("7 minutes");
  });

  it("says the database is unreachable instead of throwing", async () => {
    const down = action(schema, async () => {
      throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    });
    expect(await down({ email: "ada@example.com", password: "long enough!" })).toMatchObject({
      ok: false,
      message: messages.en.errors.databaseBody,
    });
  });

  it("hides unexpected errors behind a generic message", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = action(schema, async () => {
      throw new Error("secret internals");
    });
    const result = await broken({ email: "ada@example.com", password: "long enough!" });
    expect(result).toMatchObject({ ok: false, message: messages.en.errors.unexpected });
    expect(JSON.stringify(result)).not.toContain("secret internals");
    spy.mockRestore();
  });

  it("lets redirect() through", async () => {
    const redirecting = action(schema, async () => redirect("/progress"));
    await expect(redirecting({ email: "ada@example.com", password: "long enough!" })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});

describe("authedAction", () => {
  const whoAmI = authedAction(schema, async (_input, { user }) => user.id);

  it("refuses anonymous callers before looking at the input", async () => {
    expect(await whoAmI(form({}))).toMatchObject({ ok: false, message: messages.en.errors.unauthenticated });
  });

  it("gives the handler the signed-in user", async () => {
    session.user = student;
    expect(await whoAmI({ email: "ada@example.com", password: "long enough!" })).toEqual({ ok: true, data: "u1" });
  });
});

describe("teacherAction", () => {
  const teach = teacherAction(schema, async (_input, { user }) => user.role);
  const input = { email: "ada@example.com", password: "long enough!" };

  it("refuses anonymous callers and students", async () => {
    expect(await teach(input)).toMatchObject({ ok: false, message: messages.en.errors.unauthenticated });
    session.user = student;
    expect(await teach(input)).toMatchObject({ ok: false, message: messages.en.errors.forbidden });
  });

  it("runs for teachers", async () => {
    session.user = teacher;
    expect(await teach(input)).toEqual({ ok: true, data: "TEACHER" });
  });
});

describe("formDataToObject", () => {
  it("keeps repeated names as arrays and drops Next's action fields", () => {
    const data = form({ name: "Ada", $ACTION_ID_abc: "" });
    data.append("tag", "a");
    data.append("tag", "b");
    expect(formDataToObject(data)).toEqual({ name: "Ada", tag: ["a", "b"] });
  });
});
