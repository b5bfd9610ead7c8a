// The CSV importers never throw and never plan an out-of-range score, whatever
// the file: random text, and files shaped like real ones (both layouts, with
// "," or ";", decimal commas, quotes, odd months) with cells replaced by
// anything. A throw would be a 500; an out-of-range score would be stored.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KnownPerson, KnownTeam } from "./kinds";
import { planPeople } from "./people";
import { readCsv } from "./read-csv";
import { planScores, type ScoreContext } from "./scores";
import type { Month } from "../month";

const people: KnownPerson[] = [
  { id: "u1", name: "Ana Lima", email: "ana@example.com", role: "REP", teamId: "t1", active: true },
  { id: "u2", name: "Bo Chen", email: "bo@example.com", role: "REP", teamId: "t1", active: true },
  { id: "a1", name: "Ada Admin", email: "ada@example.com", role: "ADMIN", teamId: null, active: true },
];
const teams: KnownTeam[] = [{ id: "t1", name: "North", archived: false }];
const context: ScoreContext = { people, entries: new Map(), closed: new Set<Month>(["2025-01"]), currentMonth: "2026-11" };

const cell = fc.oneof(
  fc.constantFrom("ana@example.com", "bo@example.com", "Ana Lima", "nobody@example.com", "2026-10", "oct. 2026", "Octobre 2026", "2099-01", "2025-01", "13", "12,5", "25.0001", "-1", "101", "1e3", "", " ", '"', "=1+1", "North", "REP", "ADMIN", "manager"),
  fc.double({ min: -50, max: 150 }).map(String),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const heading = fc.constantFrom("email", "month", "mois", "total", "SSI", "brand", "people", "insights", "relationships", "name", "team", "équipe", "role", "Oct 2026", "2026-09", "nov. 2026", "", "x");

/** A file: a header and rows of cells, joined with a delimiter, sometimes quoted. */
const csvFile = fc
  .tuple(fc.array(heading, { minLength: 1, maxLength: 8 }), fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }), fc.constantFrom(",", ";", "\t"), fc.boolean(), fc.boolean(), fc.constantFrom("\n", "\r\n"))
  .map(([header, rows, delimiter, quoted, bom, newline]) => {
    const quote = (c: string) => (quoted ? `"${c.replace(/"/g, '""')}"` : c);
    return `${bom ? "\uFEFF" : ""}${[header, ...rows].map((r) => r.map(quote).join(delimiter)).join(newline)}`;
  });

/** A value as spreadsheets write them: mostly plausible numbers (point or comma), sometimes anything. */
const value = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: max * 1000 }), fc.constantFrom(".", ",")).map(([milli, mark]) => String(milli / 1000).replace(".", mark)) },
    { weight: 1, arbitrary: cell },
  );

/** Files shaped like real ones, in both layouts, with some cells that are anything. */
const shapedFile = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom("ana@example.com", "bo@example.com", "nobody@example.com"), fc.constantFrom("2026-09", "oct. 2026", "2026-11", "2099-01", "2025-01", "13/2026"), value(25), value(25), value(25), value(25)), { minLength: 1, maxLength: 6 })
    .map((rows) => ["email;mois;brand;people;insights;relationships", ...rows.map((r) => r.join(";"))].join("\n")),
  fc
    .array(fc.tuple(fc.constantFrom("Ana Lima", "bo@example.com", "Nobody"), value(100), value(100)), { minLength: 1, maxLength: 6 })
    .map((rows) => ["name,2026-09,oct. 2026", ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(","))].join("\r\n")),
);

const anyText = fc.oneof(shapedFile, csvFile, fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 100 }));

const within = (value: string, max: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= max;
};

describe("the CSV importers", () => {
  it("never throw, and plan only scores within their ranges, with pillars that match their total", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const table = readCsv(text);
        if (!table.ok) return;
        const scores = planScores(table.header, table.lines, context);
        for (const write of scores.writes) {
          expect(within(write.total, 100), write.total).toBe(true);
          if (write.pillars) {
            for (const value of Object.values(write.pillars)) expect(within(value, 25), value).toBe(true);
            const sum = Object.values(write.pillars).reduce((a, v) => a + Number(v), 0);
            expect(Math.abs(sum - Number(write.total))).toBeLessThanOrEqual(1.0000001);
          }
          expect(write.month <= context.currentMonth).toBe(true);
        }
        planPeople(table.header, table.lines, people, teams);
      }),
      { numRuns: 3000 },
    );
  });

  it("plan real writes for some of these files (the property above is not met by refusing everything)", () => {
    let planned = 0;
    fc.assert(
      fc.property(shapedFile, (text) => {
        const table = readCsv(text);
        if (table.ok) planned += planScores(table.header, table.lines, context).writes.length;
      }),
      { numRuns: 3000 },
    );
    expect(planned).toBeGreaterThan(0);
  });
});
