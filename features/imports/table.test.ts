import { describe, expect, it } from "vitest";
import { understand } from "./headings";
import { readCsv } from "./read-csv";
import { readTable, type Mapping } from "./table";

const rows = (text: string) => {
  const table = readCsv(text);
  if (!table.ok) throw new Error(table.code);
  return table.rows;
};
const meanings = (text: string, mapping?: Mapping) => readTable(rows(text), "scores", mapping).columns.map((c) => c.meaning);

describe("what a heading names", () => {
  it.each([
    ["E-mail", "email"],
    ["Adresse e-mail", "email"],
    ["Courriel", "email"],
    ["Prénom", "firstName"],
    ["First name", "firstName"],
    ["Last Name", "lastName"],
    ["Nom de famille", "lastName"],
    ["Nom", "name"],
    ["Commercial·e", "name"],
    ["Équipe", "team"],
    ["Social Selling Index", "total"],
    ["SSI", "total"],
    ["Establish your professional brand", "brand"],
    ["Trouver les bonnes personnes", "people"],
    ["Échanger des informations", "insights"],
    ["Build relationships", "relationships"],
    ["Relationship building", "relationships"],
    ["Insight engagement", "insights"],
    ["Professional brand", "brand"],
    ["Email address", "email"],
    ["Last login", "ignore"],
    ["Saved leads", "ignore"],
    ["InMail acceptance rate", "ignore"],
    ["janv. 2026", "2026-01"],
    ["Average", "ignore"],
    ["Moyenne", "ignore"],
    ["Notes", "ignore"],
    ["Days active", "ignore"],
    ["InMails sent", "ignore"],
    ["Industry SSI rank", "ignore"],
  ])("%s is %s", (heading, meaning) => {
    expect(understand(heading, "scores").meaning).toBe(meaning);
  });

  it("is sure of a heading it knows whole, and says it guessed one it read from a word", () => {
    expect(understand("Email", "scores")).toEqual({ meaning: "email", sure: true });
    expect(understand("Seat holder email", "scores")).toEqual({ meaning: "email", sure: false });
  });

  it("reads no score column in a people file", () => {
    expect(understand("SSI", "people").meaning).toBe("ignore");
    expect(understand("Role", "people").meaning).toBe("role");
  });
});

describe("where the table starts", () => {
  it("skips title and blank lines above the first row that names a person, and says which", () => {
    const table = readTable(rows("SSI wall 2026\n\nUpdated every month,\nName,Email,2026-01\nAnn,ann@x.example,40\n"), "scores");
    expect(table).toMatchObject({ headerLine: 4, titleLines: [1, 3], errors: [] });
    expect(table.lines.map((l) => l.line)).toEqual([5]);
  });

  it("does not take a one-cell title that names a person for the header", () => {
    expect(readTable(rows("Name of the sheet\nName,2026-01\nAnn,40\n"), "scores").headerLine).toBe(2);
  });

  it("refuses a file without a person column, with every column in question", () => {
    const table = readTable(rows("Who,2026-01\nAnn,40\n"), "scores");
    expect(table.errors).toEqual([{ line: 1, field: "email", code: "header-missing" }]);
    expect(table.columns.every((c) => !c.sure)).toBe(true);
  });
});

describe("the columns", () => {
  it("reads a name and an email column side by side (both are person columns, not months)", () => {
    expect(meanings("name,email,2021-01,2021-02\n")).toEqual(["name", "email", "2021-01", "2021-02"]);
  });

  it("reads the French Nom beside Prénom as the last name", () => {
    expect(meanings("Prénom;Nom;Équipe;janv. 2026\n")).toEqual(["firstName", "lastName", "team", "2026-01"]);
  });

  it("refuses two columns for one field until the admin says which counts", () => {
    const table = readTable(rows("Email,Seat holder email,SSI\n"), "scores");
    expect(table.errors).toEqual([{ line: 1, field: "Seat holder email", code: "header-duplicate", params: { other: "Email" } }]);
    expect(table.columns.map((c) => c.sure)).toEqual([false, false, true]);
    const mapped = readTable(rows("Email,Seat holder email,SSI\n"), "scores", { Email: "ignore" });
    expect(mapped.errors).toEqual([]);
    expect(mapped.columns.map((c) => [c.meaning, c.mapped])).toEqual([["ignore", true], ["email", false], ["total", false]]);
  });

  it("takes the mapping's word over the heading's, and warns about a mapped heading the file lacks", () => {
    const table = readTable(rows("Who,Score du mois,Remarks\n"), "scores", { Who: "email", "Score du mois": "total", Gone: "team" });
    expect(table.columns.map((c) => c.meaning)).toEqual(["email", "total", "ignore"]);
    expect(table.warnings).toEqual([{ line: 1, field: "Gone", code: "mapping-column-missing" }]);
  });

  it("ignores a mapping's field that the kind of import does not read", () => {
    expect(readTable(rows("Who,Email\n"), "people", { Who: "total" }).columns.map((c) => c.meaning)).toEqual(["ignore", "email"]);
  });
});
