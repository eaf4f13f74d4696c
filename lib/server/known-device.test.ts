import { describe, expect, it } from "vitest";
import { isKnownDevice, knownDeviceTag, readCookie, rememberKnownDevice } from "./known-device";

const secret = "test-secret-0123456789abcdefghijklmnop";

describe("known-device cookie", () => {
  it("recognises the accounts that signed in on this browser, and no other", () => {
    let value = rememberKnownDevice(null, "user-a", secret);
    value = rememberKnownDevice(value, "user-b", secret);
    expect(isKnownDevice(value, "user-a", secret)).toBe(true);
    expect(isKnownDevice(value, "user-b", secret)).toBe(true);
    expect(isKnownDevice(value, "user-c", secret)).toBe(false);
    // A tag made with another secret is not accepted.
    expect(isKnownDevice(knownDeviceTag("user-c", "another-secret-0123456789abcdefghij"), "user-c", secret)).toBe(false);
  });

  it("keeps at most five accounts, newest first, and ignores junk", () => {
    let value = "junk.!!!";
    for (const id of ["1", "2", "3", "4", "5", "6"]) value = rememberKnownDevice(value, id, secret);
    expect(value.split(".")).toHaveLength(5);
    expect(isKnownDevice(value, "1", secret)).toBe(false);
    expect(isKnownDevice(value, "6", secret)).toBe(true);
  });

  it("reads one cookie from a Cookie header", () => {
    expect(readCookie("a=1; hs-known-device=xyz; b=2", "hs-known-device")).toBe("xyz");
    expect(readCookie(null, "a")).toBeNull();
  });
});
