// Sign-up and sign-in input, shared by the forms (client) and the actions and the credentials
// provider (server). Error messages are "namespace.key" references into lib/i18n/messages, so
// this file stays free of any import but zod and each side translates them in its own locale.
import { z } from "zod";
import { noControlCharacters } from "./text";

export const PASSWORD_MIN_LENGTH = 10;
// scrypt's cost grows with the input; a generous cap keeps one request from being expensive.
export const PASSWORD_MAX_LENGTH = 200;

// Passwords of 10+ characters that top every leaked-password list, plus the words people pad
// with digits or symbols to reach a length rule ("Password2024!"). Lower case.
const COMMON_PASSWORDS = new Set([
  "1234567890",
  "0123456789",
  "12345678910",
  "123456789012",
  "1234512345",
  "0987654321",
  "1q2w3e4r5t",
  "1q2w3e4r5t6y",
  "q1w2e3r4t5",
  "1qaz2wsx3edc",
  "qazwsxedc123",
  "zaq12wsxcde",
  "qwertyuiop",
  "qwerty1234",
  "qwerty123456",
  "asdfghjkl1",
  "asdfghjkl123",
  "zxcvbnm123",
  "a1b2c3d4e5",
  "abc1234567",
  "abc123456789",
  "abcdefghij",
  "aa12345678",
  "qq123456789",
  "password12",
  "password123",
  "password1234",
  "passw0rd123",
  "p@ssw0rd123",
  "p@ssword123",
  "passwordpassword",
  "iloveyou123",
  "iloveyou1314",
  "woaini1314",
  "woaini520",
  "5201314520",
  "letmein123",
  "welcome123",
  "admin12345",
  "administrator",
  "changeme123",
  "trustno1234",
  "football123",
  "baseball123",
  "princess123",
  "sunshine123",
  "superman123",
  "starwars123",
  "dragon1234",
  "monkey12345",
  "master1234",
  "computer123",
  "michael123",
  "handshake123",
]);
const COMMON_STEMS = new Set([
  "password",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "qwerty",
  "qwertyuiop",
  "asdfgh",
  "asdfghjkl",
  "zxcvbnm",
  "iloveyou",
  "woaini",
  "welcome",
  "letmein",
  "admin",
  "administrator",
  "changeme",
  "handshake",
  "football",
  "baseball",
  "princess",
  "sunshine",
  "superman",
  "dragon",
  "monkey",
  "abc",
  "abcdef",
  "qazwsx",
  "secret",
  "tcpip",
]);

function isOneRepeatedCharacter(password: string): boolean {
  return new Set(password).size === 1;
}

/** "0123456789", "9876543210", "abcdefghijk": each character one step from the previous. */
function isStraightRun(password: string): boolean {
  const codes = [...password].map((c) => c.codePointAt(0)!);
  const step = codes[1]! - codes[0]!;
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - codes[i - 1]! === step);
}

/** True for passwords that a guessing attack would try first. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || isOneRepeatedCharacter(lower) || isStraightRun(lower)) return true;
  // A common word or keyboard walk padded with digits and symbols, or no letters at all (dates,
  // phone numbers).
  const stem = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  return stem === "" || COMMON_STEMS.has(stem);
}

export const emailSchema = noControlCharacters("auth.emailInvalid")
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "auth.emailInvalid" }).max(254, { error: "auth.emailInvalid" }));

export const newPasswordSchema = noControlCharacters("auth.passwordTooShort")
  .min(PASSWORD_MIN_LENGTH, { error: "auth.passwordTooShort" })
  .max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" })
  .refine((password) => !isCommonPassword(password), { error: "auth.passwordTooCommon" });

export const roleSchema = z.enum(["STUDENT", "TEACHER"], { error: "auth.roleRequired" });

const signUpFields = {
  name: noControlCharacters("auth.nameRequired").trim().min(1, { error: "auth.nameRequired" }).max(80, { error: "auth.nameTooLong" }),
  email: emailSchema,
  password: newPasswordSchema,
  role: roleSchema,
};

/** The sign-up rule: a password may not contain the email's local part (of 4 or more characters). */
export function passwordAvoidsEmail({ email, password }: { email: string; password: string }): boolean {
  const localPart = email.split("@")[0] ?? "";
  return localPart.length < 4 || !password.toLowerCase().includes(localPart);
}
const passwordAvoidsEmailIssue = { error: "auth.passwordContainsEmail", path: ["password"] };

export const signUpSchema = z.object(signUpFields).refine(passwordAvoidsEmail, passwordAvoidsEmailIssue);
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: noControlCharacters("auth.passwordRequired").min(1, { error: "auth.passwordRequired" }).max(PASSWORD_MAX_LENGTH, { error: "auth.passwordTooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

/**
 * Where to go after signing in: a path on this site only. Anything else ("https://evil.example",
 * "//evil.example", "/\evil.example", a missing value) becomes "/", so ?next= cannot be used to
 * send someone off-site.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2048) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  // Control characters (a tab or newline inside "/\t/evil") are stripped by URL parsers.
  if (/[\u0000-\u001f\u007f]/.test(value)) return "/";
  // Normalised and percent-encoded as UTF-8: a redirect's Location header takes ASCII only, so
  // "/practice\u3000" or "?x=é" as typed would fail (or turn into mojibake) there.
  const base = "http://return-path.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== base) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

export const returnPathSchema = z.unknown().optional().transform(safeReturnPath);

/** The sign-up form: the account fields plus where to go afterwards. */
export const signUpFormSchema = z.object({ ...signUpFields, next: returnPathSchema }).refine(passwordAvoidsEmail, passwordAvoidsEmailIssue);

/** The sign-in form: the credentials plus where to go afterwards. */
export const signInFormSchema = signInSchema.extend({ next: returnPathSchema });
