import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANAGE_CLIENT_KEYS, TEACH_CLIENT_KEYS } from "@/components/teach/client-message-keys";
import { messages } from "@/lib/i18n/messages";
import { usedClientKeys } from "./used-client-keys";

const ROOTS = ["components", "app"].map((folder) => path.join(import.meta.dirname, "..", "..", folder));

describe("the teacher pages' client message keys", () => {
  it.each([
    ["teach", TEACH_CLIENT_KEYS],
    ["manage", MANAGE_CLIENT_KEYS],
  ] as const)("hold every %s key the components look up", (namespace, listed) => {
    const used = usedClientKeys(ROOTS, namespace, Object.keys(messages.en[namespace]));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !(listed as readonly string[]).includes(key))).toEqual([]);
  });
});

describe("usedClientKeys", () => {
  it("counts literal keys, keys in lists and keys built from a template's prefix, in files with a translator only", () => {
    const used = usedClientKeys([path.join(import.meta.dirname, "..", "teach")], "teach", Object.keys(messages.en.teach));
    // results-table.tsx maps a list of column keys through t; status-badge.tsx builds `status_${status}`.
    for (const key of ["colStatus", "colScore", "status_graded", "status_not_started"]) expect(used).toContain(key);
    // A key no component of components/teach looks up.
    expect(used).not.toContain("teachIntro");
  });
});
