import { describe, expect, it } from "vitest";
import type { BoardEntry } from "./board";
import { boardCsv, boardCsvHeader, boardCsvRows, wallTableCsv } from "./csv";
import { csvStream } from "../csv/excel";

const entry: BoardEntry = {
  rank: 1, userId: "u", name: "Dupont; Léa \"LD\"", team: { id: "t", name: "Paris" }, total: "52.5",
  pillars: { brand: "13.118", people: "12", insights: "13.382", relationships: "14" },
  previousTotal: "50", progress: "2.5", streak: 2, flags: [],
};
const labels = { rank: "Rank", rep: "Rep", team: "Team", ssi: "SSI", previous: "Previous", progress: "Progress", pillars: ["B", "P", "I", "R"] as [string, string, string, string], streak: "Streak", tier: "Tier", challenges: "Challenges" };
const cells = () => ({ tier: "Gold", challenges: "Restaurant +10 — achieved: +12 of +10" });

describe("CSV exports", () => {
  it("writes French CSV with a BOM, semicolons and decimal commas, quoting what needs it", () => {
    const csv = boardCsv([entry], "fr", labels, cells);
    expect(csv.startsWith("\uFEFFRank;Rep;Team;SSI")).toBe(true);
    expect(csv).toContain('1;"Dupont; Léa ""LD""";Paris;52,5;50;2,5;13,118;12;13,382;14;2;Gold;Restaurant +10 — achieved: +12 of +10');
  });

  it("writes English CSV with commas and decimal points", () => {
    expect(boardCsv([entry], "en", labels, cells)).toContain('1,"Dupont; Léa ""LD""",Paris,52.5,50,2.5,13.118,12,13.382,14,2,Gold,Restaurant +10 — achieved: +12 of +10');
  });

  it("writes the wall table, one column per month, blank where nothing was logged", () => {
    const csv = wallTableCsv(
      [{ userId: "u", name: "Léa", team: "Paris", totals: { "2026-10": "48", "2026-11": "52.5" } }],
      ["2026-09", "2026-10", "2026-11"],
      "fr",
      { rep: "Commercial", team: "Équipe", month: (m) => m },
    );
    expect(csv).toBe("\uFEFFCommercial;Équipe;2026-09;2026-10;2026-11\r\nLéa;Paris;;48;52,5\r\n");
  });
});

describe("CSV cells that could attack a spreadsheet", () => {
  it("neutralises text that starts like a formula while numbers stay numbers", () => {
    const attack = { ...entry, name: "=HYPERLINK(\"http://evil.example\")", team: { id: "t", name: "@SUM(A1)" }, progress: "-2.5" };
    const csv = boardCsv([attack], "en", labels, () => ({ tier: "+Gold", challenges: "-x" }));
    expect(csv).toContain(`1,"'=HYPERLINK(""http://evil.example"")",'@SUM(A1),52.5,50,-2.5,`);
    expect(csv).toContain(",'+Gold,'-x");
  });
});

describe("streamed CSV", () => {
  it("writes, batch by batch, the same file as the whole export", async () => {
    const other = { ...entry, rank: 2, userId: "v", name: "Zoé", progress: null, previousTotal: null };
    async function* batches() {
      yield boardCsvRows([entry], "fr", cells);
      yield [];
      yield boardCsvRows([other, other], "fr", cells);
    }
    const streamed = await new Response(csvStream("fr", boardCsvHeader(labels), batches())).text();
    // Response.text() drops a leading BOM as a decoder would; the bytes carry it.
    const bytes = new Uint8Array(await new Response(csvStream("fr", boardCsvHeader(labels), batches())).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect("\uFEFF" + streamed).toBe(boardCsv([entry, other, other], "fr", labels, cells));
  });
});
