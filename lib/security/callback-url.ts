// Auth.js's callbackUrl (a query or form field, and the authjs.callback-url cookie it keeps) is
// where it sends the browser afterwards. Auth.js parses it with `new URL` and answered 500 when
// that throws ("javascript:alert(1)", "//["). The app only ever uses paths on its own origin, so
// anything else is refused before Auth.js sees it: a field with 400
// (app/api/auth/[...nextauth]/route.ts), a cookie by dropping it (there and in proxy.ts).
// Pure, so that proxy.ts, the route and the tests share it.
export const CALLBACK_URL_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"] as const;

/** A URL the way Auth.js reads it: a path, or a whole http(s) URL; null for anything else. */
function parseCallbackUrl(value: string): URL | null {
  if (value.length === 0 || value.length > 2048) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  if (value.startsWith("//")) return null;
  try {
    // A path is resolved against a placeholder origin; anything else must be a whole URL by itself.
    const url = value.startsWith("/") ? new URL(value, "http://path.invalid") : new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** A path on `origin`, or an absolute URL on it; never another origin, a scheme such as javascript:, or something unparsable. */
export function isValidCallbackUrl(value: string, origin: string): boolean {
  const url = parseCallbackUrl(value);
  return url !== null && (value.startsWith("/") || url.origin === new URL(origin).origin);
}

/**
 * Whether a callback-url cookie is one Auth.js can read without failing. Its origin is not
 * judged: the server may know itself by another name than the browser does (a proxy, 127.0.0.1
 * for localhost), and Auth.js's redirect callback (auth.config.ts) sends nobody off-site anyway.
 * Judging it made the proxy clear a good cookie that Auth.js then set again, every other request.
 */
export function isReadableCallbackCookie(value: string): boolean {
  return parseCallbackUrl(value) !== null;
}

/** A Cookie header without the named cookies whose values fail `keep`; null when nothing changed. */
export function withoutCookies(cookieHeader: string | null, names: readonly string[], keep: (value: string) => boolean): string | null {
  if (!cookieHeader) return null;
  let dropped = false;
  const parts = cookieHeader.split(";").filter((part) => {
    const index = part.indexOf("=");
    const name = (index >= 0 ? part.slice(0, index) : part).trim();
    if (!names.includes(name)) return true;
    let value = index >= 0 ? part.slice(index + 1).trim() : "";
    try {
      value = decodeURIComponent(value);
    } catch {
      dropped = true;
      return false;
    }
    if (keep(value)) return true;
    dropped = true;
    return false;
  });
  return dropped ? parts.map((part) => part.trim()).join("; ") : null;
}

/** The callback-url cookies of a Cookie header that Auth.js cannot read (to be cleared). */
export function malformedCallbackCookies(cookieHeader: string | null): string[] {
  if (!cookieHeader) return [];
  return CALLBACK_URL_COOKIES.filter((name) => withoutCookies(cookieHeader, [name], isReadableCallbackCookie) !== null);
}

/** The Cookie header without unreadable callback-url cookies; null when there were none. */
export function withoutMalformedCallbackCookies(cookieHeader: string | null): string | null {
  return withoutCookies(cookieHeader, CALLBACK_URL_COOKIES, isReadableCallbackCookie);
}

/** Does every segment of the path decode as UTF-8 percent-encoding? ("/assignments/%E0%A4%A" does not.) */
export function isDecodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
