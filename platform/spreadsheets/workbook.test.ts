import { describe, expect, it } from "vitest";
import { ExcelJS, readSheet, rowValues, xlsxBytes } from "../../tests/helpers/xlsx";
import type { Column } from "./columns";
import { MAX_WIDTH, MIN_WIDTH } from "./widths";
import { xlsxStream } from "./workbook";

type Rep = { name: string; ssi: string | null; rank: number; joined: "2026-03"; at: string; note: string };
const columns: Column<Rep>[] = [
  { kind: "text", heading: "Rep", value: (r) => r.name },
  { kind: "number", heading: "SSI", style: "decimal", value: (r) => r.ssi },
  { kind: "number", heading: "Rank", style: "whole", value: (r) => r.rank },
  { kind: "month", heading: "Month", value: (r) => r.joined },
  { kind: "date-time", heading: "When", value: (r) => r.at },
  { kind: "number", heading: { month: "2026-01" }, style: "amount", value: () => "1234.5" },
  { kind: "text", heading: "Note", value: (r) => r.note, wrap: true },
];
const rep: Rep = { name: "Léa", ssi: "18.412", rank: 2, joined: "2026-03", at: "2026-03-31T22:30:00.000Z", note: "" };
const sheetOf = async (rows: Rep[], name = "Board", timeZone?: string) => readSheet(await xlsxBytes({ name, columns, timeZone }, rows));

describe("an export as a workbook", () => {
  it("writes scores as number cells that keep every decimal, shown with up to three", async () => {
    const sheet = await sheetOf([rep, { ...rep, ssi: "20.97" }, { ...rep, ssi: "53" }, { ...rep, ssi: "-2.5" }]);
    expect([2, 3, 4, 5].map((row) => sheet.getCell(row, 2).value)).toEqual([18.412, 20.97, 53, -2.5]);
    expect(sheet.getCell(2, 2).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell(2, 2).numFmt).toBe("0.0##");
    expect(sheet.getCell(2, 3).numFmt).toBe("0");
    expect(sheet.getCell(2, 6).value).toBe(1234.5);
    expect(sheet.getCell(2, 6).numFmt).toBe("#,##0.00");
  });

  it("leaves a missing number an empty cell, not a zero", async () => {
    const sheet = await sheetOf([{ ...rep, ssi: null }]);
    expect(sheet.getCell(2, 2).type).toBe(ExcelJS.ValueType.Null);
  });

  it("writes months as the UTC first of the month, formatted as months, in any server zone", async () => {
    // The tests run in Pacific/Kiritimati (UTC+14): a local-time date would be the day before in UTC.
    const sheet = await sheetOf([rep]);
    const month = sheet.getCell(2, 4);
    expect(month.type).toBe(ExcelJS.ValueType.Date);
    expect(month.value).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(month.numFmt).toBe("mmm yyyy");
    const heading = sheet.getCell(1, 6);
    expect(heading.value).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(heading.numFmt).toBe("mmm yyyy");
  });

  it("writes instants as date-times on the wall clock of the zone given, UTC without one", async () => {
    expect((await sheetOf([rep], "Log", "Europe/Paris")).getCell(2, 5).value).toEqual(new Date(Date.UTC(2026, 3, 1, 0, 30)));
    const utc = (await sheetOf([rep])).getCell(2, 5);
    expect(utc.value).toEqual(new Date(Date.UTC(2026, 2, 31, 22, 30)));
    expect(utc.numFmt).toBe("yyyy-mm-dd hh:mm:ss");
  });

  it("keeps a name that looks like a formula as text, never a formula", async () => {
    const attacks = ["=1+1", '=HYPERLINK("http://evil.example","x")', "+SUM(A1)", "@A1", "-2+3", "A &amp; B <b>"];
    const sheet = await sheetOf(attacks.map((name) => ({ ...rep, name })));
    attacks.forEach((name, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type, name).toBe(ExcelJS.ValueType.String);
      expect(cell.value, name).toBe(name);
      expect(cell.formula, name).toBeUndefined();
    });
  });

  it("makes the header row bold and frozen, and text with several lines wraps", async () => {
    const sheet = await sheetOf([{ ...rep, note: "first\nsecond" }]);
    expect(rowValues(sheet, 1).slice(0, 5)).toEqual(["Rep", "SSI", "Rank", "Month", "When"]);
    expect(sheet.getCell(1, 1).font?.bold).toBe(true);
    expect(sheet.getCell(2, 1).font?.bold).toBeFalsy();
    expect(sheet.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 1 })]);
    expect(sheet.getCell(2, 7).alignment?.wrapText).toBe(true);
    expect(sheet.getCell(2, 7).value).toBe("first\nsecond");
  });

  it("sizes columns from their content, within bounds", async () => {
    const sheet = await sheetOf([{ ...rep, name: "Marie-Charlotte de La Tour d'Auvergne" }, { ...rep, note: "x".repeat(500) }]);
    expect(sheet.getColumn(1).width).toBe("Marie-Charlotte de La Tour d'Auvergne".length + 2);
    expect(sheet.getColumn(3).width).toBe(MIN_WIDTH);
    expect(sheet.getColumn(7).width).toBe(MAX_WIDTH);
  });

  it("names the sheet as asked, made acceptable to Excel", async () => {
    expect((await sheetOf([rep], "Journal d’audit")).name).toBe("Journal d’audit");
    expect((await sheetOf([rep], "North [2026/03]: board? of the whole company")).name).toBe("North 2026 03 board of the whol");
  });

  it("writes the header alone when there are no rows", async () => {
    const sheet = await sheetOf([]);
    expect(sheet.rowCount).toBe(1);
    expect(sheet.getCell(1, 1).value).toBe("Rep");
  });

  it("writes batches one after the other into one sheet, and stops reading when the reader leaves", async () => {
    let read = 0;
    async function* batches() {
      for (let i = 0; i < 3; i++) {
        read++;
        yield [{ ...rep, name: `Rep ${i}` }];
      }
    }
    const sheet = await readSheet(new Uint8Array(await new Response(xlsxStream({ name: "Board", columns }, batches())).arrayBuffer()));
    expect([2, 3, 4].map((row) => sheet.getCell(row, 1).value)).toEqual(["Rep 0", "Rep 1", "Rep 2"]);

    let closed = false;
    async function* endless() {
      try {
        for (;;) yield Array.from({ length: 500 }, (_, i) => ({ ...rep, name: `Rep ${read++} ${i}`, note: "x".repeat(200) }));
      } finally {
        closed = true;
      }
    }
    const reader = xlsxStream({ name: "Board", columns }, endless()).getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => closed).toBe(true);
  });

  it("refuses a score that is not an exact decimal rather than round it", async () => {
    await expect(xlsxBytes({ name: "Board", columns }, [{ ...rep, ssi: "1e3" }])).rejects.toThrow(/exact decimal/);
  });
});
