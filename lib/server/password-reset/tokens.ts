// Password-reset tokens: 32 random bytes, sent in the link only; the database keeps their SHA-256
// (a fast hash is enough for 256 random bits, and a leaked table holds no usable link). A token
// works once, for RESET_TOKEN_TTL_MS.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AppPrismaClient } from "../prisma-client";

export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;
/** base64url of 32 bytes. */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

type TokenClient = Pick<AppPrismaClient, "passwordResetToken">;

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A new token for the user; returns the token itself (for the link), which is stored nowhere. */
export async function createResetToken(client: TokenClient, userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await client.passwordResetToken.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  await client.passwordResetToken.create({
    data: { userId, tokenHash: hashResetToken(token), createdAt: now, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
    select: { id: true },
  });
  return token;
}

/** The user a token resets, while it is unused and unexpired; null otherwise (never a reason). */
export async function findResetTokenUser(client: TokenClient, token: string, now = new Date()): Promise<{ userId: string } | null> {
  if (!RESET_TOKEN_PATTERN.test(token)) return null;
  const row = await client.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { userId: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  return { userId: row.userId };
}

/**
 * Uses the token up, atomically: true for exactly one caller while it is unused and unexpired, so
 * two submits of one link cannot both reset the password.
 */
export async function consumeResetToken(client: TokenClient, token: string, userId: string, now = new Date()): Promise<boolean> {
  const { count } = await client.passwordResetToken.updateMany({
    where: { tokenHash: hashResetToken(token), userId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
