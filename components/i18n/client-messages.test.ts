import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { selectMessages } from "./client-messages";

describe("selectMessages", () => {
  it("sends only the chosen namespaces and keys, never the whole catalogue", () => {
    const selected = selectMessages(messages.zh, ["nav"], { flashcards: ["badge"] });
    expect(Object.keys(selected).sort()).toEqual(["flashcards", "nav"]);
    expect(selected.nav).toEqual(messages.zh.nav);
    expect(selected.flashcards).toEqual({ badge: messages.zh.flashcards.badge });
    const size = JSON.stringify(selected).length;
    expect(size).toBeLessThan(JSON.stringify(messages.zh).length / 10);
  });

  it("adds picked keys to a namespace chosen whole and ignores keys the catalogue lacks", () => {
    const selected = selectMessages(messages.en, ["errors"], { errors: ["unexpected"], progress: ["retry", "noSuchKey" as "retry"] });
    expect(selected.errors).toEqual(messages.en.errors);
    expect(selected.progress).toEqual({ retry: messages.en.progress.retry });
  });
});
