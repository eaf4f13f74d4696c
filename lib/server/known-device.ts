// "This browser has signed in to this account before": a long-lived HttpOnly cookie holding an
// HMAC of each account id that signed in successfully here (up to MAX_ACCOUNTS). A sign-in
// attempt that carries it for its account is throttled apart from strangers' attempts
// (lib/server/throttle.ts), so no one elsewhere can lock the owner out of their own browser.
// The HMAC (keyed with AUTH_SECRET) cannot be made for another account without the secret, and
// it names no account in clear.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

export const KNOWN_DEVICE_COOKIE = "hs-known-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;
const MAX_ACCOUNTS = 5;

export function knownDeviceTag(userId: string, secret: string): string {
  return createHmac("sha256", secret).update(`known-device:${userId}`).digest("base64url").slice(0, 22);
}

function tagsOf(cookieValue: string | null | undefined): string[] {
  return (cookieValue ?? "")
    .split(".")
    .filter((tag) => /^[\w-]{22}$/.test(tag))
    .slice(0, MAX_ACCOUNTS);
}

/** Does the cookie say this browser has signed in to the account before? */
export function isKnownDevice(cookieValue: string | null | undefined, userId: string, secret: string): boolean {
  const expected = Buffer.from(knownDeviceTag(userId, secret));
  return tagsOf(cookieValue).some((tag) => timingSafeEqual(Buffer.from(tag), expected));
}

/** The cookie's new value after a successful sign-in to the account: its tag first, oldest dropped. */
export function rememberKnownDevice(cookieValue: string | null | undefined, userId: string, secret: string): string {
  const tag = knownDeviceTag(userId, secret);
  return [tag, ...tagsOf(cookieValue).filter((existing) => existing !== tag)].slice(0, MAX_ACCOUNTS).join(".");
}

/** One cookie's value from a Cookie header. */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}
