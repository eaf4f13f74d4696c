// Auth.js's endpoints (/api/auth/*) behind a guard: an invalid callbackUrl (query or form field)
// is a 400, a malformed callback-url cookie is dropped from the request and cleared in the
// response, and a malformed path is a 400: Auth.js answered all of these with a 500.
import "server-only";
import { NextRequest, NextResponse } from "next/server";
import { isDecodablePath, isValidCallbackUrl, malformedCallbackCookies, withoutMalformedCallbackCookies } from "../security/callback-url";

type Handler = (request: NextRequest) => Promise<Response>;

function badRequest(message: string): Response {
  return NextResponse.json({ ok: false, message }, { status: 400, headers: { "Cache-Control": "no-store" } });
}

async function callbackUrlsOf(request: NextRequest): Promise<string[]> {
  const values = request.nextUrl.searchParams.getAll("callbackUrl");
  if (request.method === "POST" && (request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(await request.clone().text());
    values.push(...form.getAll("callbackUrl"));
  }
  return values;
}

export function guardAuthHandler(handler: Handler): Handler {
  return async (request) => {
    if (!isDecodablePath(request.nextUrl.pathname)) return badRequest("Malformed path.");
    const origin = request.nextUrl.origin;
    const callbackUrls = await callbackUrlsOf(request);
    if (callbackUrls.some((value) => !isValidCallbackUrl(value, origin))) return badRequest("Invalid callbackUrl: use a path on this site.");

    const malformed = malformedCallbackCookies(request.headers.get("cookie"));
    if (malformed.length === 0) return handler(request);
    const headers = new Headers(request.headers);
    headers.set("cookie", withoutMalformedCallbackCookies(request.headers.get("cookie")) ?? "");
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    const response = await handler(new NextRequest(request.url, { method: request.method, headers, body }));
    const cleared = new NextResponse(response.body, response);
    for (const name of malformed)
      cleared.cookies.set(name, "", { path: "/", maxAge: 0, sameSite: "lax", ...(name.startsWith("__Secure-") ? { secure: true } : {}) });
    return cleared;
  };
}
