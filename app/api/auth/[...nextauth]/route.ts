// Auth.js's own endpoints (session, CSRF token, credentials callback, sign-out), behind the guard
// that refuses an invalid callbackUrl and drops a malformed callback cookie (lib/server/auth-route.ts).
import { handlers } from "@/lib/server/auth";
import { guardAuthHandler } from "@/lib/server/auth-route";

export const GET = guardAuthHandler(handlers.GET);
export const POST = guardAuthHandler(handlers.POST);
