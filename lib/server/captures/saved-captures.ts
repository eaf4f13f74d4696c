import "server-only";
import { analyseCapture, isCaptureError, type CaptureAnalysis } from "@/lib/capture";
import { MAX_SAVED_CAPTURE_BYTES, MAX_SAVED_CAPTURES } from "@/lib/schemas/captures";
import { db } from "../db";
import { AppError } from "../errors";
import type { SavedCaptureSummary } from "@/lib/capture/dto";

/**
 * The captures a learner saved (model SavedCapture). Every function takes the user's id and reads
 * or writes only that user's rows: the ownership is in the where clause.
 */

export async function listSavedCaptures(userId: string): Promise<SavedCaptureSummary[]> {
  const rows = await db.savedCapture.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, size: true, createdAt: true },
    take: MAX_SAVED_CAPTURES,
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** Saves a capture after checking that it is one (a file the analysis refuses is not stored). */
export async function saveCapture({ userId, name, bytes }: { userId: string; name: string; bytes: Uint8Array }): Promise<SavedCaptureSummary> {
  if (bytes.length === 0 || bytes.length > MAX_SAVED_CAPTURE_BYTES) {
    throw new AppError("INVALID_INPUT", { messageKey: "captures.tooBigToSave", messageVars: { size: MAX_SAVED_CAPTURE_BYTES / 1024 } });
  }
  try {
    analyseCapture(bytes);
  } catch (error) {
    if (isCaptureError(error)) throw new AppError("INVALID_INPUT", { messageKey: "captures.notACapture" });
    throw error;
  }
  const count = await db.savedCapture.count({ where: { userId } });
  if (count >= MAX_SAVED_CAPTURES) throw new AppError("CONFLICT", { messageKey: "captures.tooMany", messageVars: { max: MAX_SAVED_CAPTURES } });
  const row = await db.savedCapture.create({
    data: { userId, name, bytes: Buffer.from(bytes), size: bytes.length },
    select: { id: true, name: true, size: true, createdAt: true },
  });
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** The file's bytes, for its owner only (anyone else: not found). */
export async function getSavedCaptureBytes({ userId, id }: { userId: string; id: string }): Promise<{ name: string; bytes: Uint8Array }> {
  const row = await db.savedCapture.findFirst({ where: { id, userId }, select: { name: true, bytes: true } });
  if (!row) throw new AppError("NOT_FOUND");
  return { name: row.name, bytes: new Uint8Array(row.bytes) };
}

export async function analyseSavedCapture({ userId, id }: { userId: string; id: string }): Promise<CaptureAnalysis> {
  const { bytes } = await getSavedCaptureBytes({ userId, id });
  return analyseCapture(bytes);
}

export async function deleteSavedCapture({ userId, id }: { userId: string; id: string }): Promise<void> {
  const { count } = await db.savedCapture.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
