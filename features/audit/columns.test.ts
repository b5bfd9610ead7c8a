import { describe, expect, it } from "vitest";
import { readSheet, rowValues, xlsxBytes } from "../../tests/helpers/xlsx";
import { toCsv } from "@/platform/spreadsheets/csv";
import { csvHeader, csvRows } from "@/platform/spreadsheets/csv-table";
import { auditColumns } from "./columns";
import type { AuditLine } from "./data";

const labels = { at: "When", kind: "What", code: "Code", kindName: (kind: string) => (kind === "score.update" ? "Score changed" : kind), actor: "Who", subject: "About", month: "Month", reason: "Reason", details: "Details" };
const line: AuditLine = {
  id: "e1",
  at: "2026-03-31T22:30:00.000Z",
  kind: "score.update",
  actor: { id: "a", name: "@Admin" },
  subject: { id: "r", name: "Léa" },
  month: "2026-03",
  reason: "=Misread",
  details: { before: { total: "50" } },
};
const columns = auditColumns(labels);

describe("the audit log as a file", () => {
  it("writes the CSV with instants in UTC and text neutralised", () => {
    expect(toCsv("en", csvHeader("en", columns), csvRows("en", columns, [line])).split("\r\n")[1]).toBe(
      `2026-03-31T22:30:00.000Z,Score changed,score.update,'@Admin,Léa,2026-03,'=Misread,"{""before"":{""total"":""50""}}"`,
    );
  });

  it("writes the workbook with a date-time on the company's clock, a month cell and text as it was typed", async () => {
    const sheet = await readSheet(await xlsxBytes({ name: "Journal d’audit", columns, timeZone: "Europe/Paris" }, [line, { ...line, actor: null, month: null, reason: null, details: null }]));
    expect(sheet.name).toBe("Journal d’audit");
    expect(rowValues(sheet, 2)).toEqual([new Date(Date.UTC(2026, 3, 1, 0, 30)), "Score changed", "score.update", "@Admin", "Léa", new Date(Date.UTC(2026, 2, 1)), "=Misread", '{"before":{"total":"50"}}']);
    expect(sheet.getCell(2, 1).numFmt).toBe("yyyy-mm-dd hh:mm:ss");
    expect(sheet.getCell(2, 6).numFmt).toBe("mmm yyyy");
    expect(rowValues(sheet, 3)).toEqual([new Date(Date.UTC(2026, 3, 1, 0, 30)), "Score changed", "score.update", null, "Léa", null, null, null]);
  });
});
