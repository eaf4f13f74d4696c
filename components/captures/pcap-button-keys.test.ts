import path from "node:path";
import { describe, expect, it } from "vitest";
import { usedClientKeys } from "@/components/i18n/used-client-keys";
import { messages } from "@/lib/i18n/messages";
import { PCAP_BUTTON_KEYS } from "./pcap-button-keys";

describe("PCAP_BUTTON_KEYS", () => {
  it("holds every captures message the download button shows, the writer's refusal of a large run included", () => {
    const used = usedClientKeys([path.join(import.meta.dirname, "pcap-download-button.tsx")], "captures", Object.keys(messages.en.captures));
    expect(used.size).toBeGreaterThanOrEqual(3);
    // lib/capture/scenario-pcap.ts refuses a run with too many frames: CaptureError("exportTooLarge").
    for (const key of [...used, "err_exportTooLarge"]) expect(PCAP_BUTTON_KEYS).toContain(key);
  });
});
