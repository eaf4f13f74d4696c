// Auth.js's signIn(…, { redirect: false }) reports some failures (a malformed callback cookie, a
// configuration problem) by returning an error URL instead of throwing. The sign-in code used to
// treat any answer as success, so the browser "signed in" with no session and no message.

/** Is this a URL Auth.js answers with when a sign-in failed (…?error=…, /api/auth/error, or unparsable)? */
export function isAuthErrorUrl(url: unknown): boolean {
  if (typeof url !== "string") return false;
  try {
    const parsed = new URL(url, "http://localhost");
    return parsed.searchParams.has("error") || parsed.pathname.endsWith("/api/auth/error");
  } catch {
    return true;
  }
}
