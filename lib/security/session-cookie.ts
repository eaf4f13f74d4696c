// The session cookie as Auth.js writes it, read without Auth.js's session endpoint: decrypted
// with Auth.js's own JWT decode and nothing else. The endpoint (what `auth()` runs) also
// re-encrypts the cookie with a new expiry and makes a CSRF token on every call: work a Server
// Component throws away, and that the proxy no longer needs (docs/security.md, "Sessions").
// Shared by proxy.ts and lib/server/auth.ts; whether the session's device is still signed in is
// lib/server/auth.ts's part, since it needs the database.
//
// The decoding is Auth.js's (@auth/core/jwt's decode: the same key derivation, algorithms and
// clock tolerance) with two changes: the key derived from the secret, and its thumbprint (the
// token's `kid`), are worked out once per secret and salt instead of on every request (an HKDF
// and a SHA-512 each time; both showed in a CPU profile of every signed-in page), and a token
// read lately is not decrypted again (decodeSessionToken).
import { hkdfSync } from "node:crypto";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";
import { getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";

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
  return getToken({ req: { headers }, secret, secureCookie, salt: secureCookie ? SECURE_SESSION_COOKIE : SESSION_COOKIE, decode: decodeSessionToken });
}

type DerivedKey = { key: Uint8Array; thumbprint: string };
const derivedKeys = new Map<string, Promise<DerivedKey>>();

/** Auth.js's encryption key for a secret and salt (its getDerivedEncryptionKey), with its JWK thumbprint. */
function derivedKey(enc: string, secret: string, salt: string): Promise<DerivedKey> {
  const id = `${enc}\u0000${salt}\u0000${secret}`;
  let known = derivedKeys.get(id);
  if (!known) {
    const length = enc === "A256CBC-HS512" ? 64 : enc === "A256GCM" ? 32 : 0;
    if (length === 0) return Promise.reject(new Error("Unsupported JWT Content Encryption Algorithm"));
    const key = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length));
    known = calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, `sha${key.byteLength << 3}` as "sha512").then((thumbprint) => ({
      key,
      thumbprint,
    }));
    // A handful of secrets and two salts (secure cookie or not) in a process's life.
    if (derivedKeys.size >= 16) derivedKeys.clear();
    derivedKeys.set(id, known);
  }
  return known;
}

// Tokens decrypted lately, by salt, secrets and token, newest last. A browser sends the same cookie
// with every request of a session, and decrypting it (AES-CBC and an HMAC through WebCrypto, with
// the key imported each time) cost about half a millisecond of every request in a profile of a
// class at once. A token is only ever in here after it decrypted under these secrets; its expiry
// is checked again on every use. Whether its device is still signed in is not a property of the
// token: lib/server/auth.ts asks the database on every request, cached or not.
const DECODED_LIMIT = 5_000;
const decoded = new Map<string, JWT>();
const CLOCK_TOLERANCE_S = 15;

function stillValid(payload: JWT, nowMs: number): boolean {
  return typeof payload.exp !== "number" || payload.exp + CLOCK_TOLERANCE_S > nowMs / 1000;
}

/** @auth/core/jwt's decode, with the derived keys and the tokens read lately kept (see above). */
export async function decodeSessionToken({ token, secret, salt }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const secrets = Array.isArray(secret) ? secret : [secret];
  const id = `${salt}\u0000${secrets.join("\u0000")}\u0000${token}`;
  const known = decoded.get(id);
  if (known) {
    decoded.delete(id);
    if (!stillValid(known, Date.now())) throw new Error("the session token has expired");
    decoded.set(id, known);
    return { ...known };
  }
  const payload = await decrypt(token, secrets, salt);
  if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
  decoded.set(id, payload);
  return { ...payload };
}

async function decrypt(token: string, secrets: readonly string[], salt: string): Promise<JWT> {
  const { payload } = await jwtDecrypt(
    token,
    async ({ kid, enc }) => {
      for (const candidate of secrets) {
        const { key, thumbprint } = await derivedKey(enc, candidate, salt);
        if (kid === undefined || kid === thumbprint) return key;
      }
      throw new Error("no matching decryption secret");
    },
    { clockTolerance: CLOCK_TOLERANCE_S, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"] },
  );
  return payload as JWT;
}
