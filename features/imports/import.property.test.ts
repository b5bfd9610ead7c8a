// The importers never throw and never plan an out-of-range score, whatever
// the file: random text, files shaped like real ones (every layout, with
// "," or ";", decimal commas, quotes, odd months, title rows) with cells
// replaced by anything, and the same sheets as .xlsx workbooks with typed
// cells (numbers, dates, formulas). A throw would be a 500; an out-of-range
// score would be stored.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KnownPerson, KnownTeam } from "./kinds";
import ExcelJS from "exceljs";
import { planPeople } from "./people";
import { readCsv } from "./read-csv";
import { planScores, type ScoreContext, type ScorePlan } from "./scores";
import { readSheetFile, type SheetRow } from "./sheet";
import { readTable } from "./table";
import type { Month } from "@/platform/time/month";

const people: KnownPerson[] = [
  { id: "u1", name: "Ana Lima", email: "ana@example.com", role: "REP", teamId: "t1", active: true },
  { id: "u2", name: "Bo Chen", email: "bo@example.com", role: "REP", teamId: "t1", active: true },
  { id: "a1", name: "Ada Admin", email: "ada@example.com", role: "ADMIN", teamId: null, active: true },
];
const teams: KnownTeam[] = [{ id: "t1", name: "North", archived: false }];
const context: ScoreContext = { people, teams, entries: new Map(), closed: new Set<Month>(["2025-01"]), currentMonth: "2026-11" };

const cell = fc.oneof(
  fc.constantFrom("ana@example.com", "bo@example.com", "Ana Lima", "nobody@example.com", "2026-10", "oct. 2026", "Octobre 2026", "2099-01", "2025-01", "13", "12,5", "25.0001", "-1", "101", "1e3", "", " ", '"', "=1+1", "North", "REP", "ADMIN", "manager"),
  fc.double({ min: -50, max: 150 }).map(String),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const heading = fc.constantFrom("email", "month", "mois", "total", "SSI", "brand", "people", "insights", "relationships", "name", "team", "équipe", "role", "Oct 2026", "2026-09", "nov. 2026", "", "x", "Prénom", "Nom", "First name", "Average", "Notes", "Social Selling Index", "Find the right people");

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

/** Plans a file's rows both ways, checking every planned score; the score plan, for counting. */
function planEveryWay(rows: SheetRow[], month: Month | null): ScorePlan {
  const scores = planScores(readTable(rows, "scores"), context, month);
  for (const write of scores.writes) {
    expect(within(write.total, 100), write.total).toBe(true);
    if (write.pillars) {
      for (const value of Object.values(write.pillars)) expect(within(value, 25), value).toBe(true);
      const sum = Object.values(write.pillars).reduce((a, v) => a + Number(v), 0);
      expect(Math.abs(sum - Number(write.total))).toBeLessThanOrEqual(1.0000001);
    }
    expect(write.month <= context.currentMonth).toBe(true);
  }
  planPeople(readTable(rows, "people"), people, teams);
  return scores;
}

/** A cell as a spreadsheet types it: numbers as numbers, month-like text as dates, some formulas. */
const typed = (text: string, kind: number): ExcelJS.CellValue => {
  const number = Number(text.replace(",", "."));
  if (kind % 4 === 1 && text.trim() !== "" && Number.isFinite(number)) return number;
  if (kind % 4 === 2 && /^\d{4}-\d{2}$/.test(text)) return new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5)) - 1, 1));
  if (kind % 4 === 3 && text.trim() !== "" && Number.isFinite(number)) return { formula: "1+1", result: number };
  return text;
};

/** A random sheet (a title row or not, then a header and rows) as an .xlsx workbook. */
const workbook = fc
  .tuple(fc.boolean(), fc.array(heading, { minLength: 1, maxLength: 7 }), fc.array(fc.array(fc.tuple(cell, fc.nat()), { maxLength: 8 }), { maxLength: 6 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }))
  .map(async ([title, header, rows, kinds]) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Wall");
    if (title) sheet.addRow(["SSI wall 2026"]);
    sheet.addRow(header.map((h, i) => typed(h, kinds[i] ?? 0)));
    for (const row of rows) sheet.addRow(row.map(([c, k]) => typed(c, k)));
    return new Uint8Array(await book.xlsx.writeBuffer());
  });

const within = (value: string, max: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= max;
};

describe("the importers", () => {
  it("never throw, and plan only scores within their ranges, with pillars that match their total", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<Month | null>(null, "2026-10", "2099-01"), (text, month) => {
        const table = readCsv(text);
        if (table.ok) planEveryWay(table.rows, month);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throw on .xlsx workbooks either, and plan only scores within their ranges", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, fc.constantFrom<Month | null>(null, "2026-10"), async (bytes, month) => {
        const file = await readSheetFile(await bytes, null);
        if (file.ok) planEveryWay(file.rows, month);
      }),
      { numRuns: 300 },
    );
  });

  it("plan real writes for some of these files (the property above is not met by refusing everything)", () => {
    let planned = 0;
    fc.assert(
      fc.property(shapedFile, (text) => {
        const table = readCsv(text);
        if (table.ok) planned += planEveryWay(table.rows, null).writes.length;
      }),
      { numRuns: 3000 },
    );
    expect(planned).toBeGreaterThan(0);
  });
});
