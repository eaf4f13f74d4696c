import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";

describe("instrumentation-client.ts", () => {
  afterEach(() => void z.config({ jitless: undefined }));

  it("turns zod's eval-based compiler off where zod reads its configuration", async () => {
    z.config({ jitless: undefined });
    await import("@/instrumentation-client");
    expect(z.config().jitless).toBe(true);
  });
});
