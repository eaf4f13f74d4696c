import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce, scriptHashSource } from "./content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("content security policy", () => {
  it("allows scripts only by this request's nonce, known hashes and strict-dynamic in production", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123==", inlineScripts: ["console.log(1)"] }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", scriptHashSource("console.log(1)"), "'strict-dynamic'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  it("adds unsafe-eval only for development", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("hashes an inline script as browsers do (SHA-256 of its UTF-8 text, base64)", async () => {
    const script = "(function(){document.documentElement.dataset.x='é'})();";
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(script));
    expect(scriptHashSource(script)).toBe(`'sha256-${Buffer.from(digest).toString("base64")}'`);
  });

  it("makes a new 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("lets nothing load from an API response", () => {
    expect(directives(API_CONTENT_SECURITY_POLICY).get("default-src")).toEqual(["'none'"]);
  });
});
