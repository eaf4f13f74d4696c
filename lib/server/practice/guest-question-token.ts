// Guests' questions are not stored: the browser keeps a sealed token of (template, seed,
// difficulty, locale, issued-at) and sends it back with the answer. The token is AES-256-GCM
// encrypted with a key derived from AUTH_SECRET: the GCM tag authenticates it as an HMAC would
// (a changed or made-up token fails to open), and the encryption also hides the seed, so the
// browser cannot regenerate the question's key from it. The key never leaves the server.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import type { Difficulty } from "@/lib/questions";
import { env } from "../env";

export interface GuestQuestionClaims {
  templateId: string;
  seed: number;
  difficulty: Difficulty;
  locale: Locale;
  issuedAt: Date;
}

const PREFIX = "g1.";
/** A guest may take a day over a question; older tokens are refused. */
export const GUEST_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const CLOCK_SKEW_MS = 60_000;

const claimsSchema = z.strictObject({
  t: z.string().min(1).max(60),
  s: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  d: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  l: z.enum(LOCALES),
  iat: z.number().int().nonnegative(),
});

let cachedKey: Buffer | null = null;
function key(): Buffer {
  cachedKey ??= Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "", "handshake practice guest question v1", 32));
  return cachedKey;
}

export function sealGuestQuestion(claims: GuestQuestionClaims): string {
  const payload = JSON.stringify({ t: claims.templateId, s: claims.seed, d: claims.difficulty, l: claims.locale, iat: claims.issuedAt.getTime() });
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(payload, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

/** The claims of a token this server sealed, still fresh; null for anything else (forged, altered, expired, malformed). */
export function openGuestQuestion(token: string, now = new Date()): GuestQuestionClaims | null {
  if (!token.startsWith(PREFIX)) return null;
  const bytes = Buffer.from(token.slice(PREFIX.length), "base64url");
  if (bytes.length < 12 + 16 + 2) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const payload = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
    const claims = claimsSchema.safeParse(JSON.parse(payload));
    if (!claims.success) return null;
    const age = now.getTime() - claims.data.iat;
    if (age > GUEST_TOKEN_MAX_AGE_MS || age < -CLOCK_SKEW_MS) return null;
    return { templateId: claims.data.t, seed: claims.data.s, difficulty: claims.data.d, locale: claims.data.l, issuedAt: new Date(claims.data.iat) };
  } catch {
    return null;
  }
}
