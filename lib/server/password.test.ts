import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("hashPassword / verifyPassword", () => {
  it("accepts the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("handshake-demo-1");
    expect(await verifyPassword("handshake-demo-1", hash)).toBe(true);
    expect(await verifyPassword("handshake-demo-2", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("answers every one of several sign-ins at once rightly while they queue for the hash", async () => {
    const hash = await hashPassword("correct horse");
    const results = await Promise.all(["wrong", "correct horse"].map((plain) => verifyPassword(plain, hash)));
    expect(results).toEqual([false, true]);
  });

  it("stores OWASP's scrypt parameters and a random salt in the hash", async () => {
    const first = await hashPassword("same password");
    const second = await hashPassword("same password");
    expect(first).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain("same password");
  });

  it("verifies a hash written with other parameters, read from the hash itself", async () => {
    const { scryptSync } = await import("node:crypto");
    const salt = Buffer.from("saltsaltsaltsalt");
    const key = scryptSync("legacy", salt, 32, { N: 1024, r: 8, p: 1 });
    const hash = `$scrypt$ln=10,r=8,p=1$${salt.toString("base64").replace(/=+$/, "")}$${key.toString("base64").replace(/=+$/, "")}`;
    expect(await verifyPassword("legacy", hash)).toBe(true);
    expect(await verifyPassword("Legacy", hash)).toBe(false);
  });

  it("returns false, without throwing, for malformed or hostile hashes", async () => {
    const valid = await hashPassword("x");
    for (const bad of ["", "plain", "$2b$10$abcdefghijklmnopqrstuv", valid.replace("ln=17", "ln=30"), valid.replace("r=8", "r=99"), valid.slice(0, -40)]) {
      expect(await verifyPassword("x", bad)).toBe(false);
    }
  });
});
