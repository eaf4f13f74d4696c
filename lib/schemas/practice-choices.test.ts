import { describe, expect, it } from "vitest";
import { practiceSearch } from "./practice-choices";
import { readPracticeSearchParams } from "./practice";

const parse = (search: string) => readPracticeSearchParams(Object.fromEntries(new URLSearchParams(search)));

describe("practiceSearch", () => {
  it("round-trips through readPracticeSearchParams", () => {
    const adaptive = { mode: "adaptive", concepts: [], difficulty: "auto" } as const;
    const chosen = { mode: "concepts", concepts: ["handshake", "time-wait"], difficulty: "2" } as const;
    expect(parse(practiceSearch(adaptive)).settings).toEqual(adaptive);
    expect(parse(practiceSearch(chosen)).settings).toEqual(chosen);
  });

  it("carries the question to show again", () => {
    const settings = { mode: "adaptive", concepts: [], difficulty: "3" } as const;
    expect(parse(practiceSearch(settings, { questionId: "q_123" }))).toMatchObject({ questionId: "q_123", guestToken: null });
    expect(parse(practiceSearch(settings, { guestToken: "a.b-c" }))).toMatchObject({ questionId: null, guestToken: "a.b-c" });
  });

  it("leaves out what the defaults say", () => {
    expect(practiceSearch({ mode: "adaptive", concepts: ["ignored"], difficulty: "auto" })).toBe("?mode=adaptive");
  });

  it("reads the template of a similar question, and ignores one that is not a template id", () => {
    expect(parse("mode=concepts&c=loss&d=2&t=loss-syn-backoff").likeTemplate).toBe("loss-syn-backoff");
    expect(parse("mode=concepts&c=loss&t=<script>").likeTemplate).toBeNull();
    expect(parse("mode=adaptive").likeTemplate).toBeNull();
  });
});
