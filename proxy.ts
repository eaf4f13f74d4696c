// Runs before every page request. It passes the request path on to the pages (for "sign in and
// come back here"), sends signed-out visitors of private sections to /signin early, and sets the
// page's Content-Security-Policy with a fresh nonce. Pages and actions check the session again
// themselves (lib/server/session.ts).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { themeScript } from "@/components/layout/theme";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { authConfig } from "@/lib/server/auth.config";
import { PATHNAME_HEADER } from "@/lib/server/pathname-header";
import { isSameOrigin } from "@/lib/server/practice/is-same-origin";
import { contentSecurityPolicy, createNonce } from "@/lib/server/security/content-security-policy";

const { auth } = NextAuth(authConfig);

/** Sections that need an account. Add a prefix here when a new private section appears. */
// Not /flashcards: its pages explain themselves to visitors and invite them to sign in.
const PRIVATE_PREFIXES = ["/progress", "/teach"];

function isPrivate(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const development = process.env.NODE_ENV === "development";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Next's default serverActions.bodySizeLimit (1 MB). */
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  // A page only takes POSTs for Server Actions. Next refuses a foreign Origin on those itself, but
  // with a 500; this answers 403 first. (Route handlers under /api check the origin themselves.)
  if (!SAFE_METHODS.has(request.method)) {
    const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
    const t = messages[isLocale(chosen) ? chosen : DEFAULT_LOCALE];
    const refuse = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status, headers: { "Cache-Control": "no-store" } });
    if (!isSameOrigin(request.headers, request.url)) return refuse(403, t.errors.forbidden);
    // Next answers a body over its Server Action limit with a 500; a declared one gets a 413 here.
    if (Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT) return refuse(413, t.practice.tooLarge);
  }
  if (isPrivate(pathname) && !request.auth?.user) {
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
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

export const config = {
  // Pages only: not Auth.js's own routes, Next's assets or files with an extension.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.[\\w]+$).*)"],
};
