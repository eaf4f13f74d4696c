import { describe, expect, it } from "vitest";
import { listTemplates } from "@/lib/questions";
import { answerPracticeQuestion } from "./answer-practice-question";
import { gradeGuestAnswer } from "./grade-guest-answer";
import { GUEST_TOKEN_MAX_AGE_MS, openGuestQuestion, sealGuestQuestion } from "./guest-question-token";
import { issueGuestQuestion } from "./issue-guest-question";
import { regenerateQuestion } from "./regenerate-question";
import { rightAnswer, wrongAnswer } from "./testing";

const issuedAt = new Date("2026-03-01T10:00:00.000Z");
const claims = { templateId: listTemplates()[0]!.id, seed: 123456789, difficulty: 2 as const, locale: "zh" as const, issuedAt };

/** Flips one bit of the token's payload, keeping it valid base64url. */
function tamper(token: string, at: number): string {
  const bytes = Buffer.from(token.slice(3), "base64url");
  bytes[at] = bytes[at]! ^ 0x01;
  return `g1.${bytes.toString("base64url")}`;
}

describe("guest question tokens", () => {
  it("open to the claims they were sealed with", () => {
    const token = sealGuestQuestion(claims);
    expect(openGuestQuestion(token, new Date(issuedAt.getTime() + 5_000))).toEqual(claims);
  });

  it("hide the seed and template from the browser", () => {
    const token = sealGuestQuestion(claims);
    const visible = Buffer.from(token.slice(3), "base64url").toString("latin1");
    expect(token).not.toContain(String(claims.seed));
    expect(visible).not.toContain(String(claims.seed));
    expect(visible).not.toContain(claims.templateId);
  });

  it("refuse altered, forged, truncated and expired tokens", () => {
    const token = sealGuestQuestion(claims);
    const soon = new Date(issuedAt.getTime() + 1000);
    for (const position of [0, 11, 12, 20, Buffer.from(token.slice(3), "base64url").length - 1])
      expect(openGuestQuestion(tamper(token, position), soon)).toBeNull();
    expect(openGuestQuestion(token.slice(0, -4), soon)).toBeNull();
    expect(
      openGuestQuestion(
        "g1." + Buffer.from(JSON.stringify({ t: claims.templateId, s: 1, d: 1, l: "en", iat: issuedAt.getTime() })).toString("base64url"),
        soon,
      ),
    ).toBeNull();
    expect(openGuestQuestion("x" + token.slice(1), soon)).toBeNull();
    expect(openGuestQuestion("", soon)).toBeNull();
    expect(openGuestQuestion(token, new Date(issuedAt.getTime() + GUEST_TOKEN_MAX_AGE_MS + 1))).toBeNull();
    expect(openGuestQuestion(token, new Date(issuedAt.getTime() - 10 * 60_000))).toBeNull();
  });
});

describe("guest answers", () => {
  it("are graded on the server from the token and never recorded", () => {
    const token = sealGuestQuestion(claims);
    const question = regenerateQuestion(claims.templateId, claims.seed, claims.difficulty)!;
    const now = new Date(issuedAt.getTime() + 30_000);
    const right = gradeGuestAnswer({ token, response: rightAnswer(question), locale: "en", now });
    const wrong = gradeGuestAnswer({ token, response: wrongAnswer(question), locale: "en", now });
    expect(right.status === "graded" && right.result).toMatchObject({ correct: true, recorded: false, timeTakenMs: 30_000 });
    expect(wrong.status === "graded" && wrong.result.correct).toBe(false);
    expect(wrong.status === "graded" && wrong.result.misconception).not.toBeNull();
  });

  it("answer 404 for a tampered token and 400 for a malformed response", async () => {
    const dto = issueGuestQuestion({ templateId: claims.templateId, difficulty: 1, locale: "en" });
    if (dto.ref.kind !== "guest") throw new Error("expected a guest question");
    const forged = await answerPracticeQuestion({
      body: { token: tamper(dto.ref.token, 14), response: { kind: "state", state: "LISTEN" } },
      user: null,
      locale: "en",
    });
    expect(forged.status).toBe(404);
    const malformed = await answerPracticeQuestion({ body: { token: dto.ref.token, response: { kind: "state" } }, user: null, locale: "en" });
    expect(malformed.status).toBe(400);
  });
});
