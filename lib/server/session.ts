// Who is asking. Pages call requireUser()/requireTeacher(); data functions and actions take the
// user they return (or check again) — proxy.ts only redirects early and is never the only check.
import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { safeReturnPath } from "@/lib/schemas/auth";
import { auth } from "./auth";
import { getActiveDevice } from "./devices";
import { PATHNAME_HEADER } from "../security/pathname-header";

/** The signed-in user as the app sees it: a DTO, never the database row. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
}

/**
 * The current user, or null. The role comes from the database, not from the token, so a changed
 * role or a deleted account takes effect at once. Throws AppError("DATABASE_UNAVAILABLE") when
 * the database cannot be reached.
 */
export const getOptionalUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !session.deviceId) return null;
  // Already read with the device while the session was read (one statement, cached for the
  // request): this asks again so that a database failure there fails here too, instead of
  // passing unchecked, and takes the user's current role and locale from it.
  const user = await getActiveDevice(session.deviceId);
  if (!user || user.id !== id) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE };
});

/** This browser's signed-in device (lib/server/devices.ts), for "this device" on the account page. */
export async function getCurrentDeviceId(): Promise<string | null> {
  return (await getOptionalUser()) ? ((await auth())?.deviceId ?? null) : null;
}

export async function signInPathForCurrentPage(): Promise<string> {
  const path = safeReturnPath((await headers()).get(PATHNAME_HEADER));
  return path === "/" ? "/signin" : `/signin?next=${encodeURIComponent(path)}`;
}

/** The signed-in user; an anonymous visitor is sent to sign in and brought back afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getOptionalUser();
  if (!user) redirect(await signInPathForCurrentPage());
  return user;
}

/** A signed-in teacher; a student gets the not-found page (the teacher area does not exist for them). */
export async function requireTeacher(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "TEACHER") notFound();
  return user;
}
