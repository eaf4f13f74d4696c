// The live feedback (checkNewPassword) says what a submit would answer: the schema's length and
// common-password rules first, then zxcvbn, the same estimator the server decides with.
import { describe, expect, it } from "vitest";
import { newPasswordSchema } from "@/lib/schemas/auth";
import { checkNewPassword, estimatePasswordStrength } from "./estimate";

describe("checkNewPassword", () => {
  it("answers the schema's rules first, with the schema's messages", () => {
    for (const password of ["short", "password1234", "1234567890", "x".repeat(201)]) {
      const schemaMessage = newPasswordSchema.safeParse(password).error?.issues[0]?.message;
      expect(schemaMessage, password).toBeDefined();
      expect(checkNewPassword(password).feedback, password).toEqual([schemaMessage]);
      expect(checkNewPassword(password).strongEnough).toBe(false);
    }
  });

  it("then gives zxcvbn's verdict, as the server computes it, counting the person's own words", () => {
    for (const [password, inputs] of [
      ["Summer2024!", []],
      ["WilhelminaKowalczyk", ["Wilhelmina Kowalczyk", "wk@example.com"]],
      ["violet lanterns drift over quiet harbours", []],
    ] as const) {
      expect(newPasswordSchema.safeParse(password).success).toBe(true);
      expect(checkNewPassword(password, inputs)).toEqual(estimatePasswordStrength(password, inputs));
    }
    expect(checkNewPassword("violet lanterns drift over quiet harbours")).toMatchObject({ strongEnough: true, feedback: [] });
    expect(checkNewPassword("WilhelminaKowalczyk", ["Wilhelmina Kowalczyk"]).feedback).toContain("auth.strengthWarningUserInputs");
  });
});
