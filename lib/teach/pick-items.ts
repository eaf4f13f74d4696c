// Which template each item of a new assignment uses. Every student gets the same templates in
// the same order (so items can be compared across the class) with numbers of their own.

/** A copy of `items` in an order given by `random` (Fisher–Yates). */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `count` templates from the pool: each template once before any repeats, in an order given by
 * `random` (a function returning [0, 1); crypto on the server, a seeded one in tests).
 */
export function pickItemTemplates(pool: readonly string[], count: number, random: () => number): string[] {
  if (pool.length === 0) throw new Error("no templates to pick from");
  const out: string[] = [];
  while (out.length < count) out.push(...shuffle(pool, random).slice(0, count - out.length));
  return out;
}

/**
 * `count` templates over several concepts' pools (one per ticked concept), spread evenly: every
 * concept is asked before any concept is asked twice (so each ticked concept is in the assignment
 * once there are at least as many questions as concepts), and within a concept every template
 * once before any repeats. Drawing from the pools merged could leave a ticked concept out.
 */
export function pickSpreadItemTemplates(pools: readonly (readonly string[])[], count: number, random: () => number): string[] {
  // Each concept's own sequence (as long as the whole assignment could need), the concepts' turns in a random order.
  const filled = pools.filter((pool) => pool.length > 0);
  if (filled.length === 0) throw new Error("no templates to pick from");
  const turns = shuffle(filled, random).map((pool) => pickItemTemplates(pool, Math.ceil(count / filled.length), random));
  const out: string[] = [];
  for (let round = 0; out.length < count; round++) for (const sequence of turns) if (out.length < count) out.push(sequence[round]!);
  // The order of the questions themselves is random too, not the concepts' turns.
  return shuffle(out, random);
}
