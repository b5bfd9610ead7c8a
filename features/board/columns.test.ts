import { describe, expect, it } from "vitest";
import { readSheet, rowValues, xlsxBytes } from "../../tests/helpers/xlsx";
import { csvHeader, csvRows } from "@/platform/spreadsheets/csv-table";
import { toCsv } from "@/platform/spreadsheets/csv";
import type { Column } from "@/platform/spreadsheets/columns";
import { exportFile } from "@/platform/spreadsheets/file";
import type { AppLocale } from "@/platform/i18n/config";
import { boardColumns, wallTableColumns, type BoardFileRow } from "./columns";
import type { BoardFigures } from "./visible-board";

const figures: BoardFigures = {
  total: "52.5", pillars: { brand: "13.118", people: "12", insights: "13.382", relationships: "14" }, previousTotal: "50", progress: "2.5", streak: 2,
};
const entry: BoardFileRow = {
  rank: 1, userId: "u", name: "Dupont; Léa \"LD\"", team: { id: "t", name: "Paris" }, figures, flags: [], incentives: null, href: null,
  tier: "Gold", challenges: "Restaurant +10 — achieved: +12 of +10",
};
const withFigures = (changed: Partial<BoardFigures>) => ({ figures: { ...figures, ...changed } });
const labels = { rank: "Rank", rep: "Rep", team: "Team", ssi: "SSI", previous: "Previous", progress: "Progress", pillars: ["B", "P", "I", "R"], streak: "Streak", tier: "Tier", challenges: "Challenges" };
const board = boardColumns(labels);
const csv = <R,>(locale: AppLocale, columns: Column<R>[], rows: R[]) => toCsv(locale, csvHeader(locale, columns), csvRows(locale, columns, rows));

describe("the board as CSV", () => {
  it("writes French CSV with a BOM, semicolons and decimal commas, quoting what needs it", () => {
    const file = csv("fr", board, [entry]);
    expect(file.startsWith("\uFEFFRank;Rep;Team;SSI")).toBe(true);
    expect(file).toContain('1;"Dupont; Léa ""LD""";Paris;52,5;50;2,5;13,118;12;13,382;14;2;Gold;Restaurant +10 — achieved: +12 of +10');
  });

  it("writes English CSV with commas and decimal points", () => {
    expect(csv("en", board, [entry])).toContain('1,"Dupont; Léa ""LD""",Paris,52.5,50,2.5,13.118,12,13.382,14,2,Gold,Restaurant +10 — achieved: +12 of +10');
  });

  it("neutralises text that starts like a formula while numbers stay numbers", () => {
    const attack = { ...entry, name: "=HYPERLINK(\"http://evil.example\")", team: { id: "t", name: "@SUM(A1)" }, ...withFigures({ progress: "-2.5" }), tier: "+Gold", challenges: "-x" };
    const file = csv("en", board, [attack]);
    expect(file).toContain(`1,"'=HYPERLINK(""http://evil.example"")",'@SUM(A1),52.5,50,-2.5,`);
    expect(file).toContain(",'+Gold,'-x");
  });

  it("writes, batch by batch, the same file as the whole export", async () => {
    const other = { ...entry, rank: 2, userId: "v", name: "Zoé", ...withFigures({ progress: null, previousTotal: null }) };
    async function* batches() {
      yield [entry];
      yield [];
      yield [other, other];
    }
    const file = exportFile("csv", { locale: "fr", sheet: "Board", columns: board, rows: batches() }, { csv: "board", xlsx: "classement" });
    expect(file.filename).toBe("board.csv");
    const bytes = new Uint8Array(await new Response(file.body).arrayBuffer());
    // The bytes start with the BOM (a decoder would drop it from the text).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect("\uFEFF" + new TextDecoder().decode(bytes)).toBe(csv("fr", board, [entry, other, other]));
  });
});

describe("the board as a workbook", () => {
  it("has number cells for ranks, scores and progress, and text for names and incentives", async () => {
    const sheet = await readSheet(await xlsxBytes({ name: "SSI board", columns: board }, [{ ...entry, ...withFigures({ progress: "-2.5" }), challenges: "A\nB" }]));
    expect(rowValues(sheet, 2)).toEqual([1, "Dupont; Léa \"LD\"", "Paris", 52.5, 50, -2.5, 13.118, 12, 13.382, 14, 2, "Gold", "A\nB"]);
  });
});

describe("the wall table", () => {
  const months = ["2026-09", "2026-10", "2026-11"] as const;
  const rows = [{ userId: "u", name: "Léa", email: "lea@example.com", team: "Paris", totals: { "2026-10": "48", "2026-11": "18.412" } }];

  it("writes the CSV one column per month, blank where nothing was logged, with no email for those who do not administer", () => {
    const columns = wallTableColumns(months, { rep: "Commercial", email: null, team: "Équipe" });
    expect(csv("fr", columns, rows)).toBe("\uFEFFCommercial;Équipe;sept. 2026;oct. 2026;nov. 2026\r\nLéa;Paris;;48;18,412\r\n");
  });

  it("adds the email after the rep for those who administer, in the CSV and the workbook", async () => {
    const columns = wallTableColumns(months, { rep: "Rep", email: "Email", team: "Team" });
    expect(csv("en", columns, rows).split("\r\n")[1]).toBe("Léa,lea@example.com,Paris,,48,18.412");
    const sheet = await readSheet(await xlsxBytes({ name: "Wall table", columns }, rows));
    expect(rowValues(sheet, 1)).toEqual(["Rep", "Email", "Team", ...months.map((m) => new Date(`${m}-01T00:00:00.000Z`))]);
    expect(sheet.getCell(1, 4).numFmt).toBe("mmm yyyy");
    expect(rowValues(sheet, 2)).toEqual(["Léa", "lea@example.com", "Paris", null, 48, 18.412]);
  });
});
