import { describe, expect, it } from "vitest";
import { testDatabaseCreatedAt, testDatabaseName } from "./test-database";

describe("test database names", () => {
  it("carry their creation time, the process and a label", () => {
    const created = new Date("2026-03-01T10:20:30.456Z");
    const name = testDatabaseName("e2e", created, 4242);
    expect(name).toBe("handshake_test_20260301102030_4242_e2e");
    expect(testDatabaseCreatedAt(name)).toEqual(new Date("2026-03-01T10:20:30Z"));
  });

  it("are told apart from databases this project did not create", () => {
    expect(testDatabaseCreatedAt("handshake")).toBeNull();
    expect(testDatabaseCreatedAt("handshake_test_notadate_1_unit")).toBeNull();
    expect(testDatabaseCreatedAt("postgres")).toBeNull();
  });
});
