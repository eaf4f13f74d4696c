// GET /account/export, "Download my data": everything stored about the signed-in user, as a JSON
// attachment (lib/server/account/export-account.ts). 401 signed out; only the caller's own data.
import { messages } from "@/lib/i18n/messages";
import { exportAccount } from "@/lib/server/account/export-account";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { getLocale } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";

export async function GET(): Promise<Response> {
  const t = messages[await getLocale()];
  const fail = (status: number, message: string) =>
    new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  try {
    const user = await getOptionalUser();
    if (!user) return fail(401, t.errors.unauthenticated);
    const data = await exportAccount(user.id);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="handshake-data-${day}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return fail(503, t.errors.databaseBody);
    throw error;
  }
}
