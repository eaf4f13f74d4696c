// The review page tells the navigation badge the new count without reloading the layout.
export const DUE_COUNT_EVENT = "hs:flashcards-due";

export function announceDueCount(count: number): void {
  window.dispatchEvent(new CustomEvent<number>(DUE_COUNT_EVENT, { detail: count }));
}
