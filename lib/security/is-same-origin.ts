/**
 * Whether a state-changing request may come from where it says it comes from. Browsers send
 * Origin with every cross-origin request and every POST, so a foreign Origin is refused; a
 * request without one (curl, a server) is not a browser being tricked into sending it.
 * Sec-Fetch-Site, when present, must not be "cross-site" either.
 */
export function isSameOrigin(headers: Headers, requestUrl: string): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  if (origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || new URL(requestUrl).host;
  return originHost === host;
}
