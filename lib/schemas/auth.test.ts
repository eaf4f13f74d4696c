import { describe, expect, it } from "vitest";
import { isCommonPassword, safeReturnPath, signInFormSchema, signInSchema, signUpFormSchema, signUpSchema } from "./auth";

const valid = { name: "Ada Lovelace", email: "ada@example.com", password: "violet-harbour-42", role: "STUDENT" };

function fieldErrors(input: unknown) {
  const result = signUpSchema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  return errors;
}

describe("signUpSchema", () => {
  it("accepts a good sign-up and normalizes the email", () => {
    const result = signUpSchema.parse({ ...valid, email: "  Ada@Example.COM ", name: "  Ada " });
    expect(result).toEqual({ ...valid, email: "ada@example.com", name: "Ada" });
  });

  it("accepts both roles and rejects anything else", () => {
    expect(signUpSchema.safeParse({ ...valid, role: "TEACHER" }).success).toBe(true);
    expect(fieldErrors({ ...valid, role: "ADMIN" }).role).toEqual(["auth.roleRequired"]);
    expect(fieldErrors({ ...valid, role: undefined }).role).toEqual(["auth.roleRequired"]);
  });

  it("requires a name, and not a blank one", () => {
    expect(fieldErrors({ ...valid, name: "   " }).name).toEqual(["auth.nameRequired"]);
    expect(fieldErrors({ ...valid, name: undefined }).name).toEqual(["auth.nameRequired"]);
    expect(fieldErrors({ ...valid, name: "x".repeat(81) }).name).toEqual(["auth.nameTooLong"]);
  });

  it("rejects malformed emails", () => {
    for (const email of ["", "ada", "ada@", "@example.com", "ada example@x.com", `${"a".repeat(250)}@x.com`]) {
      expect(fieldErrors({ ...valid, email }).email, email).toEqual(["auth.emailInvalid"]);
    }
  });

  it("requires at least 10 characters", () => {
    expect(fieldErrors({ ...valid, password: "k7#mQ2!zp" }).password).toEqual(["auth.passwordTooShort"]);
    expect(signUpSchema.safeParse({ ...valid, password: "k7#mQ2!zpw" }).success).toBe(true);
  });

  it("caps the length", () => {
    expect(fieldErrors({ ...valid, password: "k7#mQ2!zpw".repeat(21) }).password).toEqual(["auth.passwordTooLong"]);
  });

  it("refuses common passwords", () => {
    expect(fieldErrors({ ...valid, password: "Password123" }).password).toEqual(["auth.passwordTooCommon"]);
  });

  it("refuses a password built on the email's name", () => {
    expect(fieldErrors({ ...valid, email: "lovelace@example.com", password: "my-LOVELACE-key-x" }).password).toEqual(["auth.passwordContainsEmail"]);
    // Too short a local part to be meaningful is not held against the user.
    expect(signUpSchema.safeParse({ ...valid, email: "al@example.com", password: "calm-albatross-7" }).success).toBe(true);
  });
});

describe("isCommonPassword", () => {
  it.each([
    "1234567890",
    "qwertyuiop",
    "PASSWORD1234",
    "password!!!!",
    "2024Password!",
    "woaini1314",
    "aaaaaaaaaaaa",
    "abcdefghijkl",
    "9876543210",
    "!!!!!!!!!!1",
    "Handshake2025",
    "1357924680",
  ])("flags %s", (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(["violet-harbour-42", "k7#mQ2!zpw", "password manager tips", "tcp-over-carrier-pigeon"])("lets %s through", (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });
});

describe("signInSchema", () => {
  it("needs an email and a non-empty password, without judging its strength", () => {
    expect(signInSchema.safeParse({ email: "ADA@example.com", password: "x" }).data).toEqual({
      email: "ada@example.com",
      password: "x",
    });
    expect(signInSchema.safeParse({ email: "ada@example.com", password: "" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "nope", password: "x" }).success).toBe(false);
  });
});

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/progress")).toBe("/progress");
    expect(safeReturnPath("/practice?topic=close#q2")).toBe("/practice?topic=close#q2");
  });

  it.each([undefined, null, 42, "", "progress", "https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)"])(
    "sends %s home",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});

describe("the form schemas", () => {
  it("carry a safe return path, defaulting to home", () => {
    expect(signInFormSchema.parse({ email: "ada@example.com", password: "x", next: "/progress" }).next).toBe("/progress");
    expect(signInFormSchema.parse({ email: "ada@example.com", password: "x" }).next).toBe("/");
    expect(signUpFormSchema.parse({ ...valid, next: "https://evil.example" }).next).toBe("/");
  });

  it("keep the sign-up rules", () => {
    expect(signUpFormSchema.safeParse({ ...valid, email: "lovelace@example.com", password: "lovelace-forever" }).success).toBe(false);
    expect(signUpFormSchema.safeParse({ ...valid, password: "qwertyuiop" }).success).toBe(false);
  });

  it("percent-encodes what a Location header cannot carry (issue 13, finding 7)", () => {
    expect(safeReturnPath("/practice\u3000")).toBe("/practice%E3%80%80");
    expect(safeReturnPath("/practice?x=é")).toBe("/practice?x=%C3%A9");
    expect(safeReturnPath("/practice%E3%80%80")).toBe("/practice%E3%80%80");
    expect(safeReturnPath("/a/../progress")).toBe("/progress");
    for (const value of [safeReturnPath("/practice\u3000"), safeReturnPath("/x?y=李雷#z")]) expect(value).toMatch(/^[\x21-\x7e]+$/);
  });
});
