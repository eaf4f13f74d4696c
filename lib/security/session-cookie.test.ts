import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken, readSessionToken, SECURE_SESSION_COOKIE, SESSION_COOKIE, usesSecureCookies } from "./session-cookie";

const SECRET = "session-cookie-test-secret-0123456789abcdef";
const claims = { sub: "u1", id: "u1", role: "STUDENT" as const, sid: "device-1" };

function requestWith(cookie: string, headers: Record<string, string> = { "x-forwarded-proto": "http" }): Headers {
  return new Headers({ ...headers, cookie });
}

describe("usesSecureCookies", () => {
  it("follows Auth.js: AUTH_URL's protocol, else X-Forwarded-Proto, else https", () => {
    const http = new Headers({ "x-forwarded-proto": "http" });
    expect(usesSecureCookies(http, {})).toBe(false);
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "https" }), {})).toBe(true);
    expect(usesSecureCookies(new Headers(), {})).toBe(true);
    expect(usesSecureCookies(http, { AUTH_URL: "https://handshake.school.example" })).toBe(true);
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "https" }), { AUTH_URL: "http://localhost:3000" })).toBe(false);
  });
});

describe("readSessionToken", () => {
  it("decrypts a cookie Auth.js made, under the name the request's protocol gives it", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: SESSION_COOKIE });
    expect(await readSessionToken(requestWith(`${SESSION_COOKIE}=${token}`), SECRET, {})).toMatchObject(claims);
    const secure = await encode({ token: claims, secret: SECRET, salt: SECURE_SESSION_COOKIE });
    const overHttps = { "x-forwarded-proto": "https" };
    expect(await readSessionToken(requestWith(`${SECURE_SESSION_COOKIE}=${secure}`, overHttps), SECRET, {})).toMatchObject(claims);
    // The plain name over https, or a token made for the other name, is no session.
    expect(await readSessionToken(requestWith(`${SESSION_COOKIE}=${token}`, overHttps), SECRET, {})).toBeNull();
    expect(await readSessionToken(requestWith(`${SECURE_SESSION_COOKIE}=${token}`, overHttps), SECRET, {})).toBeNull();
  });

  it("reads a cookie Auth.js split into chunks", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: SESSION_COOKIE });
    const half = Math.ceil(token.length / 2);
    const chunked = `${SESSION_COOKIE}.0=${token.slice(0, half)}; ${SESSION_COOKIE}.1=${token.slice(half)}`;
    expect(await readSessionToken(requestWith(chunked), SECRET, {})).toMatchObject(claims);
  });

  it("is null without a cookie, for another secret, for an expired token and for garbage", async () => {
    expect(await readSessionToken(requestWith("hs-theme=dark"), SECRET, {})).toBeNull();
    const other = await encode({ token: claims, secret: "another-secret-0123456789-0123456789-abcdef", salt: SESSION_COOKIE });
    expect(await readSessionToken(requestWith(`${SESSION_COOKIE}=${other}`), SECRET, {})).toBeNull();
    // Issued with a lifetime already over (beyond decode's 15 s of clock tolerance).
    const expired = await encode({ token: claims, secret: SECRET, salt: SESSION_COOKIE, maxAge: -60 });
    expect(await readSessionToken(requestWith(`${SESSION_COOKIE}=${expired}`), SECRET, {})).toBeNull();
    expect(await readSessionToken(requestWith(`${SESSION_COOKIE}=not-a-jwe`), SECRET, {})).toBeNull();
  });
});

describe("decodeSessionToken", () => {
  it("reads what Auth.js's own decode reads, again and again and for several secrets", async () => {
    const secrets = [SECRET, "rotated-secret-0123456789-0123456789-abcdef"];
    for (const salt of [SESSION_COOKIE, SECURE_SESSION_COOKIE]) {
      for (const secret of secrets) {
        const token = await encode({ token: claims, secret, salt });
        const theirs = await decode({ token, secret, salt });
        for (let round = 0; round < 3; round++) expect(await decodeSessionToken({ token, secret, salt })).toEqual(theirs);
        // A rotation lists the new secret first: a token of either is read.
        expect(await decodeSessionToken({ token, secret: [...secrets].reverse(), salt })).toEqual(theirs);
        // The wrong salt, or a secret not listed, reads nothing.
        const otherSalt = salt === SESSION_COOKIE ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
        await expect(decodeSessionToken({ token, secret, salt: otherSalt })).rejects.toThrow();
        await expect(decodeSessionToken({ token, secret: "not-listed-0123456789-0123456789-abcdef", salt })).rejects.toThrow();
      }
    }
    expect(await decodeSessionToken({ token: undefined, secret: SECRET, salt: SESSION_COOKIE })).toBeNull();
  });
});

describe("decodeSessionToken's tokens read lately", () => {
  afterEach(() => vi.useRealTimers());

  it("still refuses a token once it has expired, and hands out copies", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: SESSION_COOKIE, maxAge: 60 });
    const first = await decodeSessionToken({ token, secret: SECRET, salt: SESSION_COOKIE });
    expect(first).toMatchObject(claims);
    first!.id = "someone-else";
    expect(await decodeSessionToken({ token, secret: SECRET, salt: SESSION_COOKIE })).toMatchObject(claims);
    // Within the 15 s of clock tolerance after its expiry it is still read; after, never again.
    vi.useFakeTimers({ now: Date.now() + 70_000 });
    expect(await decodeSessionToken({ token, secret: SECRET, salt: SESSION_COOKIE })).toMatchObject(claims);
    vi.setSystemTime(Date.now() + 10_000);
    await expect(decodeSessionToken({ token, secret: SECRET, salt: SESSION_COOKIE })).rejects.toThrow(/expired/);
    expect(await readSessionToken(requestWith(`${SESSION_COOKIE}=${token}`), SECRET, {})).toBeNull();
  });

  it("does not read a token decrypted under one secret for another", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: SESSION_COOKIE });
    expect(await decodeSessionToken({ token, secret: SECRET, salt: SESSION_COOKIE })).toMatchObject(claims);
    await expect(decodeSessionToken({ token, secret: "another-secret-0123456789-0123456789-abcdef", salt: SESSION_COOKIE })).rejects.toThrow();
    await expect(decodeSessionToken({ token, secret: SECRET, salt: SECURE_SESSION_COOKIE })).rejects.toThrow();
  });
});
