import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const valid = {
  DATABASE_URL: "postgres://postgres@127.0.0.1:5432/handshake",
  AUTH_SECRET: "x".repeat(32),
};

describe("parseEnv", () => {
  it("accepts a complete environment and fills the defaults", () => {
    expect(parseEnv(valid)).toEqual({
      ...valid,
      NODE_ENV: "development",
      PORT: 3000,
      DATABASE_POOL_SIZE: 10,
      DATABASE_POOL_TIMEOUT_MS: 15_000,
      TRUSTED_PROXY_COUNT: 0,
      SMTP_PORT: 587,
    });
    expect(parseEnv({ ...valid, DATABASE_POOL_SIZE: "4", DATABASE_POOL_TIMEOUT_MS: "30000" })).toMatchObject({
      DATABASE_POOL_SIZE: 4,
      DATABASE_POOL_TIMEOUT_MS: 30_000,
    });
    expect(() => parseEnv({ ...valid, DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
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

  it("leaves email off without SMTP_HOST, and asks for the sender and the app's address with it", () => {
    expect(parseEnv(valid).SMTP_HOST).toBeUndefined();
    const smtp = { ...valid, SMTP_HOST: "smtp.school.example", SMTP_FROM: "Handshake <no-reply@school.example>", APP_URL: "https://handshake.school.example" };
    expect(parseEnv(smtp)).toMatchObject({ SMTP_HOST: "smtp.school.example", SMTP_PORT: 587, APP_URL: "https://handshake.school.example" });
    expect(parseEnv({ ...smtp, SMTP_PORT: "465", SMTP_SECURE: "true" })).toMatchObject({ SMTP_PORT: 465, SMTP_SECURE: "true" });
    expect(() => parseEnv({ ...valid, SMTP_HOST: "smtp.school.example" })).toThrow(/SMTP_FROM: must be set[\s\S]*APP_URL: must be set/);
    expect(() => parseEnv({ ...smtp, APP_URL: "javascript:alert(1)" })).toThrow(/APP_URL/);
    expect(() => parseEnv({ ...smtp, SMTP_USER: "mailer" })).toThrow(/SMTP_PASSWORD: SMTP_USER and SMTP_PASSWORD go together/);
    expect(() => parseEnv({ ...smtp, SMTP_SECURE: "yes" })).toThrow(/SMTP_SECURE/);
    expect(() => parseEnv({ ...valid, SUPPORT_EMAIL: "not an address" })).toThrow(/SUPPORT_EMAIL/);
  });
});
