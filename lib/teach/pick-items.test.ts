import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/content/random";
import { pickSpreadItemTemplates } from "./pick-items";

/** A seeded stand-in for the server's crypto random. */
const seeded = (seed: number) => mulberry32(seed).next;

const conceptOf = (template: string) => template.split(":")[0];

describe("pickSpreadItemTemplates", () => {
  const pools = [
    ["open:1", "open:2", "open:3", "open:4", "open:5", "open:6"],
    ["close:1", "close:2"],
    ["reset:1", "reset:2", "reset:3"],
  ];

  it("asks every ticked concept once there are as many questions as concepts, and spreads them evenly", () => {
    for (let seed = 1; seed <= 200; seed++) {
      for (const count of [3, 4, 7, 10]) {
        const items = pickSpreadItemTemplates(pools, count, seeded(seed));
        expect(items).toHaveLength(count);
        const perConcept = ["open", "close", "reset"].map((c) => items.filter((t) => conceptOf(t) === c).length);
        expect(Math.min(...perConcept)).toBeGreaterThanOrEqual(1);
        expect(Math.max(...perConcept) - Math.min(...perConcept)).toBeLessThanOrEqual(1);
      }
    }
  });

  it("uses a concept's every template once before repeating one of them", () => {
    const items = pickSpreadItemTemplates(pools, 9, seeded(7));
    const close = items.filter((t) => conceptOf(t) === "close");
    expect(close).toHaveLength(3);
    expect(new Set(close.slice(0, 2)).size).toBe(2);
    const reset = items.filter((t) => conceptOf(t) === "reset");
    expect(new Set(reset)).toEqual(new Set(pools[2]));
  });

  it("leaves the order of the questions to chance, not to the concepts' turns", () => {
    const orders = new Set(Array.from({ length: 40 }, (_, seed) => pickSpreadItemTemplates(pools, 6, seeded(seed)).map(conceptOf).join(",")));
    expect(orders.size).toBeGreaterThan(10);
  });

  it("skips an empty pool and refuses when every pool is empty", () => {
    expect(pickSpreadItemTemplates([[], ["a"]], 2, seeded(1))).toEqual(["a", "a"]);
    expect(() => pickSpreadItemTemplates([[], []], 1, seeded(1))).toThrow();
  });
});
