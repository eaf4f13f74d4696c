// Finding 11 of issue 13: zxcvbn-ts with its offline dictionaries decides whether a new password
// is strong enough, and every piece of its feedback has a message in English and Chinese.
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { translateReference } from "@/lib/i18n/translate";
import { estimatePasswordStrength, MIN_PASSWORD_SCORE } from "./password-strength";

describe("estimatePasswordStrength", () => {
  it("refuses the passwords the assessment got accepted, and other guessable ones", () => {
    for (const password of ["Summer2024!", "letmeinnow1", "abcabcabca", "Password123!", "qwertyuiop1", "iloveyou2024", "1234567890ab", "Handshake2026"]) {
      const result = estimatePasswordStrength(password);
      expect(result.strongEnough, password).toBe(false);
      expect(result.score, password).toBeLessThan(MIN_PASSWORD_SCORE);
      expect(result.feedback.length, password).toBeGreaterThan(0);
    }
  });

  it("accepts long unpredictable passwords and passphrases", () => {
    for (const password of ["correct-horse-battery-staple", "tk9#Qm2vLz!r", "blue kettle under seven stars", "e2e-password-not-common-7"]) {
      expect(estimatePasswordStrength(password).strongEnough, password).toBe(true);
    }
  });

  it("counts the account's own name and email as guessable", () => {
    expect(estimatePasswordStrength("WilhelminaKowalczyk", []).strongEnough).toBe(true);
    for (const password of ["wilhelmina kowalczyk", "WilhelminaKowalczyk", "wilhelminakowalczyk1"]) {
      expect(estimatePasswordStrength(password, ["Wilhelmina Kowalczyk", "wk@example.com"]).strongEnough, password).toBe(false);
    }
  });

  it("every warning and suggestion it can give has a message in both languages", () => {
    const passwords = [
      "Summer2024!",
      "letmeinnow1",
      "abcabcabca",
      "qwertyuiop1",
      "aaaaaaaaaaaa",
      "P@ssw0rd1990",
      "drowssap123",
      "JOHNSMITH1234",
      "12/05/1998ab",
      "zxcvbnmasdf",
    ];
    const references = new Set(passwords.flatMap((password) => estimatePasswordStrength(password).feedback));
    expect(references.size).toBeGreaterThan(3);
    for (const reference of references) {
      for (const locale of ["en", "zh"] as const) expect(translateReference(messages[locale], reference), `${locale} ${reference}`).toBeTruthy();
    }
    // And every key zxcvbn-ts defines, not only those seen above.
    for (const key of Object.keys(messages.en.auth).filter((k) => k.startsWith("strength"))) expect(messages.zh.auth).toHaveProperty(key);
  });
});
