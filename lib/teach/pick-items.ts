// Which template each item of a new assignment uses. Every student gets the same templates in
// the same order (so items can be compared across the class) with numbers of their own.

/**
 * `count` templates from the pool: each template once before any repeats, in an order given by
 * `random` (a function returning [0, 1); crypto on the server, a seeded one in tests).
 */
export function pickItemTemplates(pool: readonly string[], count: number, random: () => number): string[] {
  if (pool.length === 0) throw new Error("no templates to pick from");
  const out: string[] = [];
  while (out.length < count) {
    const round = [...pool];
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [round[i], round[j]] = [round[j]!, round[i]!];
    }
    out.push(...round.slice(0, count - out.length));
  }
  return out;
}
