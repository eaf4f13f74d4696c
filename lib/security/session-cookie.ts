// The session cookie as Auth.js writes it, read without Auth.js's session endpoint: decrypted
// with Auth.js's own JWT decode and nothing else. The endpoint (what `auth()` runs) also
// re-encrypts the cookie with a new expiry and makes a CSRF token on every call: work a Server
// Component throws away, and that the proxy no longer needs (docs/security.md, "Sessions").
// Shared by proxy.ts and lib/server/auth.ts; whether the session's device is still signed in is
// lib/server/auth.ts's part, since it needs the database.
import { getToken, type JWT } from "next-auth/jwt";

export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

type Environment = Record<string, string | undefined>;

/**
 * Whether Auth.js names its cookies `__Secure-…` for this request: when its URL is https, that
 * is AUTH_URL's protocol if set, else the request's X-Forwarded-Proto (Next.js sets it), else
 * https (Auth.js's createActionURL, the same order).
 */
export function usesSecureCookies(headers: Headers, environment: Environment = process.env): boolean {
  const configured = environment.AUTH_URL ?? environment.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : (headers.get("x-forwarded-proto") ?? "https");
  return protocol.replace(/:?$/, ":") === "https:";
}

/**
 * The session token in the request's cookies (chunked or not), decrypted; null when there is
 * none, when this secret did not make it, or when it has expired (its `exp`, 30 days after it
 * was issued). The salt is the cookie's name, as Auth.js uses it.
 */
export async function readSessionToken(headers: Headers, secret: string, environment: Environment = process.env): Promise<JWT | null> {
  const secureCookie = usesSecureCookies(headers, environment);
  return getToken({ req: { headers }, secret, secureCookie, salt: secureCookie ? SECURE_SESSION_COOKIE : SESSION_COOKIE });
}
