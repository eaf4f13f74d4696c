import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "../generated/prisma/client";
import { AppError, DATABASE_UNAVAILABLE_DIGEST, isDatabaseUnavailable } from "./errors";

describe("AppError", () => {
  it("carries its code and the code's default message", () => {
    const error = new AppError("FORBIDDEN");
    expect(error.code).toBe("FORBIDDEN");
    expect(error.messageKey).toBe("errors.forbidden");
    expect(error.digest).toBeUndefined();
  });

  it("can name its own message and field errors", () => {
    const error = new AppError("CONFLICT", { messageKey: "auth.emailTaken", fieldErrors: { email: ["auth.emailTaken"] } });
    expect(error.messageKey).toBe("auth.emailTaken");
    expect(error.fieldErrors).toEqual({ email: ["auth.emailTaken"] });
  });

  it("marks a database outage with the digest the error page looks for", () => {
    expect(new AppError("DATABASE_UNAVAILABLE").digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
  });
});

describe("isDatabaseUnavailable", () => {
  it("recognises what Prisma throws when nothing listens on the port", async () => {
    // A real client against a closed port: the error shape comes from Prisma, not from this test.
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:9/none" }) });
    const error = await client.user.findFirst().catch((e: unknown) => e);
    await client.$disconnect();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises Node socket errors anywhere in the cause chain", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused, refused]))).toBe(true);
    // The shape of Auth.js's CallbackRouteError around what authorize() threw.
    expect(isDatabaseUnavailable(new Error("callback", { cause: { err: refused, provider: "credentials" } }))).toBe(true);
  });

  it("recognises a server that is shutting down", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
  });

  it("recognises what a restart of PostgreSQL under load throws through Prisma and node-postgres", () => {
    // Shapes seen in e2e/faults.spec.ts: Prisma's P2039 wrapping the adapter's error in meta, and
    // node-postgres's code-less errors for a connection it lost.
    const adapterError = Object.assign(new Error("terminating connection due to administrator command"), {
      name: "DriverAdapterError",
      cause: { kind: "postgres", code: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" },
    });
    const p2039 = Object.assign(new Error("Invalid `prisma.user.findUnique()` invocation"), {
      name: "PrismaClientKnownRequestError",
      code: "P2039",
      meta: { modelName: "User", driverAdapterError: adapterError },
    });
    expect(isDatabaseUnavailable(p2039)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    // P2039 for an ordinary query error is not an outage.
    const syntax = { ...p2039, meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", code: "42601" } } } };
    expect(isDatabaseUnavailable(syntax)).toBe(false);
  });

  it("does not mistake query errors for an outage", () => {
    const uniqueViolation = Object.assign(new Error("Unique constraint failed"), { name: "PrismaClientKnownRequestError", code: "P2002" });
    expect(isDatabaseUnavailable(uniqueViolation)).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });

  it("survives a cause cycle", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
