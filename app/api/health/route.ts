// GET /api/health: what a load balancer checks (docs/deploy.md). 200 {"status":"ok"} when this
// process answers and reaches PostgreSQL within five seconds, else 503 {"status":"unavailable"}:
// the balancer then sends no more requests here until it passes again. No session, no cookies, no
// details about the failure (the log has them), never cached.
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(): Promise<Response> {
  const started = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("the database did not answer within 5 s")), 5000).unref()),
    ]);
    return Response.json({ status: "ok", databaseMs: Math.round(performance.now() - started) }, { headers: NO_STORE });
  } catch (error) {
    console.error(
      JSON.stringify({
        time: new Date().toISOString(),
        level: "error",
        source: "health",
        msg: "database check failed",
        error: error instanceof Error ? error.message : String(error),
      }),
    );
    return Response.json({ status: "unavailable" }, { status: 503, headers: NO_STORE });
  }
}
