import { describe, expect, it } from "vitest";
import { isAuthErrorUrl } from "./auth-error-url";

describe("isAuthErrorUrl", () => {
  it("treats Auth.js's error answers as failed sign-ins", () => {
    expect(isAuthErrorUrl("http://localhost:3000/api/auth/error?error=Configuration")).toBe(true);
    expect(isAuthErrorUrl("http://localhost:3000/signin?error=CredentialsSignin&code=credentials")).toBe(true);
    expect(isAuthErrorUrl("/api/auth/error")).toBe(true);
  });

  it("and a plain redirect as success", () => {
    expect(isAuthErrorUrl("http://localhost:3000/")).toBe(false);
    expect(isAuthErrorUrl("http://localhost:3000/progress?tab=errors")).toBe(false);
    expect(isAuthErrorUrl(undefined)).toBe(false);
  });
});
