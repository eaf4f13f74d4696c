import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const valid = {
  DATABASE_URL: "postgres://postgres@127.0.0.1:5432/handshake",
  AUTH_SECRET: "x".repeat(32),
};

describe("parseEnv", () => {
  it("accepts a complete environment and fills the defaults", () => {
    expect(parseEnv(valid)).toEqual({ ...valid, NODE_ENV: "development", PORT: 3000, TRUSTED_PROXY_COUNT: 0 });
    expect(parseEnv({ ...valid, PORT: "3100", NODE_ENV: "production" })).toMatchObject({ PORT: 3100, NODE_ENV: "production" });
  });

  it("names every missing or malformed variable in one error", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL: is not set[\s\S]*AUTH_SECRET: is not set/);
    expect(() => parseEnv({ ...valid, DATABASE_URL: "mysql://localhost/db" })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseEnv({ ...valid, AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32/);
    expect(() => parseEnv({ ...valid, PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ ...valid, NODE_ENV: "staging" })).toThrow(/NODE_ENV/);
  });

  it("treats an empty variable as unset", () => {
    expect(() => parseEnv({ ...valid, DATABASE_URL: "" })).toThrow(/DATABASE_URL: is not set/);
    expect(parseEnv({ ...valid, PORT: "" }).PORT).toBe(3000);
  });
});
