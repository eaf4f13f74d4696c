import { afterAll, describe, expect, it } from "vitest";
import { withDatabaseErrors } from "./db";
import { AppError, isDatabaseUnavailable } from "./errors";
import { createPrismaClient } from "./prisma-client";

// Port 9 (discard) has no PostgreSQL: every connection is refused at once.
const unreachable = withDatabaseErrors(createPrismaClient("postgres://postgres@127.0.0.1:9/none", { waitMs: 2000 }));
const reachable = withDatabaseErrors(createPrismaClient(process.env.DATABASE_URL!));

afterAll(async () => {
  await Promise.all([unreachable.$disconnect(), reachable.$disconnect()]);
});

describe("withDatabaseErrors", () => {
  it("names an outage for model operations, raw SQL and batch transactions", async () => {
    const attempts = [
      () => unreachable.user.findFirst({ select: { id: true } }),
      () => unreachable.$queryRaw`select 1`,
      () => unreachable.$transaction([unreachable.user.count()]),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
  });

  it("leaves an interactive transaction that cannot begin to the callers, who still recognise it", async () => {
    // Prisma fails it before any query runs (P1001); the action builder and route handlers ask isDatabaseUnavailable.
    const error = await unreachable.$transaction(async (tx) => tx.user.count()).catch((caught: unknown) => caught);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("passes other failures through unchanged, and results untouched", async () => {
    await expect(reachable.$queryRaw`select 1 as one`).resolves.toEqual([{ one: 1 }]);
    const error = await reachable.$queryRaw`select * from no_such_table`.catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(AppError);
  });
});
