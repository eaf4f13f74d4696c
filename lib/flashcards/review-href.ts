/** The review page's URL: /flashcards/review?deck=time-wait&ahead=1 (read back by readReviewSearchParams in lib/schemas/flashcards.ts). */
export function reviewHref(scope: { deck: string | null; ahead?: boolean }): string {
  const query = new URLSearchParams();
  if (scope.deck) query.set("deck", scope.deck);
  if (scope.ahead) query.set("ahead", "1");
  const search = query.toString();
  return search ? `/flashcards/review?${search}` : "/flashcards/review";
}
