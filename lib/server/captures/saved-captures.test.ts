// Integration tests against the real PostgreSQL database: saving, privacy and limits of saved captures.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { makeCaptureQuestion, gradeCaptureAnswer, captureQuestionKey } from "@/lib/capture/capture-questions";
import { MAX_SAVED_CAPTURE_BYTES } from "@/lib/schemas/captures";
import { db } from "../db";
import { AppError } from "../errors";
import { analyseSavedCapture, deleteSavedCapture, getSavedCaptureBytes, listSavedCaptures, saveCapture } from "./saved-captures";

const users: string[] = [];
let owner: string;
let stranger: string;
const file = new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "public", "captures", "lost-last-ack.pcap")));

const newUser = async (label: string) => {
  const user = await db.user.create({ data: { name: label, email: `captures-${crypto.randomUUID()}@example.com` }, select: { id: true } });
  users.push(user.id);
  return user.id;
};

beforeEach(async () => {
  owner = await newUser("Capture owner");
  stranger = await newUser("Someone else");
});

afterAll(async () => {
  await db.savedCapture.deleteMany({ where: { userId: { in: users } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? `${error.code} ${error.messageKey}` : String(error)),
  );

describe("saved captures", () => {
  it("saves a capture, lists it and gives its bytes back to its owner", async () => {
    const saved = await saveCapture({ userId: owner, name: "my lab", bytes: file });
    expect(saved).toMatchObject({ name: "my lab", size: file.length });
    expect((await listSavedCaptures(owner)).map((c) => c.id)).toEqual([saved.id]);
    expect(Buffer.from((await getSavedCaptureBytes({ userId: owner, id: saved.id })).bytes).equals(Buffer.from(file))).toBe(true);
  });

  it("keeps a capture private to its owner", async () => {
    const saved = await saveCapture({ userId: owner, name: "private", bytes: file });
    expect(await listSavedCaptures(stranger)).toEqual([]);
    expect(await codeOf(getSavedCaptureBytes({ userId: stranger, id: saved.id }))).toBe("NOT_FOUND errors.notFound");
    expect(await codeOf(deleteSavedCapture({ userId: stranger, id: saved.id }))).toBe("NOT_FOUND errors.notFound");
    expect(await listSavedCaptures(owner)).toHaveLength(1);
    await deleteSavedCapture({ userId: owner, id: saved.id });
    expect(await listSavedCaptures(owner)).toEqual([]);
  });

  it("refuses a file that is not a capture, and one over the size limit, storing nothing", async () => {
    expect(await codeOf(saveCapture({ userId: owner, name: "text", bytes: new TextEncoder().encode("hello") }))).toBe("INVALID_INPUT captures.notACapture");
    expect(await codeOf(saveCapture({ userId: owner, name: "huge", bytes: new Uint8Array(MAX_SAVED_CAPTURE_BYTES + 1) }))).toBe(
      "INVALID_INPUT captures.tooBigToSave",
    );
    expect(await listSavedCaptures(owner)).toEqual([]);
  });

  it("grades questions from the stored file with the same analysis", async () => {
    const saved = await saveCapture({ userId: owner, name: "quiz", bytes: file });
    const connection = (await analyseSavedCapture({ userId: owner, id: saved.id })).connections[0]!;
    const question = makeCaptureQuestion(connection, 3)!;
    expect(gradeCaptureAnswer(connection, question, captureQuestionKey(connection, question)).correct).toBe(true);
  });
});
