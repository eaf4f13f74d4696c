// Anki's keys for the review page, and when not to take them.
import { isTextEntry } from "@/components/ui/is-text-entry";

export type ReviewKey = "flip" | "again" | "hard" | "good" | "easy" | "undo";

const KEYS: Readonly<Record<string, ReviewKey>> = { " ": "flip", "1": "again", "2": "hard", "3": "good", "4": "easy", u: "undo", U: "undo" };

/**
 * The review action of a key press, or null. Single keys only (no Ctrl, Alt or Meta), never in a
 * text field, and Space is left to a focused button or link, which it activates natively.
 */
export function reviewKeyOf(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey" | "target" | "repeat">): ReviewKey | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return null;
  if (isTextEntry(event.target)) return null;
  const key = KEYS[event.key];
  if (!key) return null;
  if (
    key === "flip" &&
    event.target instanceof HTMLElement &&
    event.target.closest("button, a, summary, input, select, textarea, [role=button], [role=checkbox], [role=switch]")
  )
    return null;
  return key;
}
