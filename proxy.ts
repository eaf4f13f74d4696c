// Runs before every page request. It passes the request path on to the pages (for "sign in and
// come back here"), sends signed-out visitors of private sections to /signin early, and sets the
// page's Content-Security-Policy with a fresh nonce. Pages and actions check the session again
// themselves (lib/server/session.ts).
//
// The session cookie is decrypted here only for the private sections' early redirect, and never
// re-encrypted: Auth.js's own proxy wrapper ran its session endpoint on every page request
// (decrypt, encrypt again with a new expiry, a CSRF token). The cookie needs no renewal: it is
// issued for the session's maximum age (30 days), which is also when its device ends, however
// often it is used (lib/server/devices.ts; a test holds the two together).
import { type NextRequest, NextResponse } from "next/server";
import { themeScript } from "@/components/layout/theme";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { PATHNAME_HEADER } from "@/lib/security/pathname-header";
import { isSameOrigin } from "@/lib/security/is-same-origin";
import { isDecodablePath, malformedCallbackCookies, withoutMalformedCallbackCookies } from "@/lib/security/callback-url";
import { readSessionToken } from "@/lib/security/session-cookie";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { exceedsNestingDepth, SERVER_ACTION_MAX_DEPTH } from "@/lib/security/nesting-depth";

/** Sections that need an account. Add a prefix here when a new private section appears. */
// Not /flashcards: its pages explain themselves to visitors and invite them to sign in; but the
// card browser is a learner's own list (and /flashcards' loading.tsx would stream a 200 before its
// own redirect), so it is sent to sign in here.
const PRIVATE_PREFIXES = ["/progress", "/teach", "/flashcards/browse"];

function isPrivate(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const development = process.env.NODE_ENV === "development";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Next's default serverActions.bodySizeLimit (1 MB). */
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

function refusal(request: NextRequest, status: number, pick: (t: (typeof messages)[keyof typeof messages]) => string): NextResponse {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const t = messages[isLocale(chosen) ? chosen : DEFAULT_LOCALE];
  return NextResponse.json({ ok: false, message: pick(t) }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Whether the request carries a session cookie this server made and that has not expired (its device is the page's to check). */
async function hasSessionCookie(request: NextRequest): Promise<boolean> {
  const secret = process.env.AUTH_SECRET;
  return Boolean(secret && (await readSessionToken(request.headers, secret))?.id);
}

async function pageProxy(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  // A page only takes POSTs for Server Actions. Next refuses a foreign Origin on those itself, but
  // with a 500; this answers 403 first. (Route handlers under /api check the origin themselves.)
  if (!SAFE_METHODS.has(request.method)) {
    if (!isSameOrigin(request.headers, request.url)) return refusal(request, 403, (t) => t.errors.forbidden);
    // Next answers a body over its Server Action limit with a 500; a declared one gets a 413 here.
    if (Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT) return refusal(request, 413, (t) => t.practice.tooLarge);
    // React's reply decoder recurses once per level of nesting: thousands of levels overflow its
    // stack (a 500). No argument of this app's actions is nested more than a few levels.
    if (request.headers.has("next-action") && exceedsNestingDepth(await request.clone().text(), SERVER_ACTION_MAX_DEPTH)) {
      return refusal(request, 400, (t) => t.errors.malformedRequest);
    }
  }
  if (isPrivate(pathname) && !(await hasSessionCookie(request))) {
    const signIn = new URL("/signin", request.nextUrl);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  // Next.js finds the nonce in the request's CSP header while rendering and puts it on its own
  // scripts; the theme script in the layout is allowed by its hash instead.
  const csp = contentSecurityPolicy({ nonce: createNonce(), inlineScripts: [themeScript], development });
  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, `${pathname}${search}`);
  headers.set("Content-Security-Policy", csp);
  // A malformed Auth.js callback-url cookie made sign-in "succeed" with no session: it is
  // dropped here, for this request (the sign-in action reads it) and for the browser.
  const malformed = malformedCallbackCookies(request.headers.get("cookie"));
  if (malformed.length > 0) headers.set("cookie", withoutMalformedCallbackCookies(request.headers.get("cookie")) ?? "");
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  for (const name of malformed)
    response.cookies.set(name, "", { path: "/", maxAge: 0, sameSite: "lax", ...(name.startsWith("__Secure-") ? { secure: true } : {}) });
  return response;
}

export async function proxy(request: NextRequest): Promise<Response> {
  // "/assignments/%E0%A4%A": a path that is not valid percent-encoded UTF-8 names no page or
  // route; Next.js answered 500 for it. Checked for /api paths too, which skip the rest.
  if (!isDecodablePath(request.nextUrl.pathname)) return refusal(request, 400, (t) => t.errors.malformedRequest);
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  return pageProxy(request);
}

export const config = {
  // Pages, and /api paths for the percent-encoding check only; not Next's assets or files with an
  // extension, and not the grading route, the busiest request of a class at once: its path is
  // static, so nothing in it is decoded (a malformed variant of it is still matched), and running
  // the proxy cost it about a millisecond of CPU (issue 12, "The grading floor").
  matcher: ["/((?!_next/|favicon.ico|api/practice/answer$|.*\\.[\\w]+$).*)"],
};
