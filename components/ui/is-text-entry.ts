// Keyboard shortcuts (practice, flashcards, the simulator) must never fire while a person types in
// a field: this is the one test of "is this key meant for a text field?".

/** Input types that take no typing: a key press there may be a shortcut. */
const NOT_TEXT_INPUTS = new Set(["button", "checkbox", "radio", "range", "submit", "reset", "file", "color", "image"]);

/** True inside a text field, a text area, a select or editable content. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type);
}
