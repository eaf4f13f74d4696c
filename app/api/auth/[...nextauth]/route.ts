// Auth.js's own endpoints (session, CSRF token, credentials callback, sign-out).
import { handlers } from "@/lib/server/auth";

export const { GET, POST } = handlers;
