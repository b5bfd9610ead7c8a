import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareByName, rankBy } from "./rank";

const row = (id: string, name: string, total: number) => ({ id, name, total });

describe("rankBy", () => {
  it("shares ranks between equal totals and skips the next (1, 2, 2, 4)", () => {
    const ranked = rankBy([row("a", "Ana", 50), row("b", "Bo", 60), row("c", "Cy", 50), row("d", "Di", 40)], (r) => r.total);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([["Bo", 1], ["Ana", 2], ["Cy", 2], ["Di", 4]]);
  });

  it("is the same whatever the input order, ties ordered by name", () => {
    const items = fc.array(
      fc.record({ id: fc.uuid(), name: fc.string({ maxLength: 6 }), total: fc.integer({ min: 0, max: 100 }) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(items, fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort((a, b) => ((a.id.charCodeAt(0) * seed) % 7) - ((b.id.charCodeAt(0) * seed) % 7));
        expect(rankBy(shuffled, (r) => r.total)).toEqual(rankBy(rows, (r) => r.total));
      }),
    );
  });

  it("gives 1-based, non-decreasing ranks where equal totals tie", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 }), (totals) => {
        const ranked = rankBy(totals.map((t, i) => row(`id${i}`, `n${i}`, t)), (r) => r.total);
        expect(ranked[0]?.rank).toBe(1);
        ranked.forEach((r, i) => {
          const prev = ranked[i - 1];
          if (!prev) return;
          expect(r.rank).toBeGreaterThanOrEqual(prev.rank);
          expect(r.rank === prev.rank).toBe(r.total === prev.total);
          if (r.total !== prev.total) expect(r.rank).toBe(i + 1);
        });
      }),
    );
  });
});

describe("compareByName", () => {
  it("orders by name as people read it, then by id when names are equal", () => {
    expect(compareByName({ id: "z", name: "anna" }, { id: "a", name: "Bob" })).toBeLessThan(0);
    expect(compareByName({ id: "a", name: "Éric" }, { id: "b", name: "Eve" })).toBeLessThan(0);
    expect(compareByName({ id: "a", name: "Sam" }, { id: "b", name: "Sam" })).toBe(-1);
    expect(compareByName({ id: "b", name: "Sam" }, { id: "a", name: "Sam" })).toBe(1);
    expect(compareByName({ id: "a", name: "Sam" }, { id: "a", name: "Sam" })).toBe(0);
  });

  it("breaks a tie between namesakes by id, whatever the input order", () => {
    const one = row("id-1", "Sam", 50);
    const two = row("id-2", "Sam", 50);
    expect(rankBy([two, one], (r) => r.total).map((r) => r.id)).toEqual(["id-1", "id-2"]);
    expect(rankBy([one, two], (r) => r.total).map((r) => r.id)).toEqual(["id-1", "id-2"]);
  });
});
