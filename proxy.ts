// Runs before every page request. It only helps: it passes the request path on to the pages
// (for "sign in and come back here") and sends signed-out visitors of private sections to
// /signin early. Pages and actions check the session again themselves (lib/server/session.ts).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/server/auth.config";
import { PATHNAME_HEADER } from "@/lib/server/pathname-header";

const { auth } = NextAuth(authConfig);

/** Sections that need an account. Add a prefix here when a new private section appears. */
// Not /flashcards: its pages explain themselves to visitors and invite them to sign in.
const PRIVATE_PREFIXES = ["/progress", "/teach"];

function isPrivate(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (isPrivate(pathname) && !request.auth?.user) {
    const signIn = new URL("/signin", request.nextUrl);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
});

export const config = {
  // Pages only: not Auth.js's own routes, Next's assets or files with an extension.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.[\\w]+$).*)"],
};
