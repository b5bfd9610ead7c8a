import { describe, expect, it } from "vitest";
import { readCsv, readCsvInPieces } from "./read-csv";

describe("readCsv", () => {
  it("reads a comma file with a byte-order mark and CRLF", () => {
    expect(readCsv("\uFEFFname,email\r\nAnn,ann@x.example\r\n")).toEqual({ ok: true, rows: [{ line: 1, cells: ["name", "email"] }, { line: 2, cells: ["Ann", "ann@x.example"] }] });
  });
  it("reads a semicolon file with decimal commas and quoted cells", () => {
    const table = readCsv('Nom;"janv. 2026"\n"Dupont; Ann";"45,5"\n');
    expect(table).toEqual({ ok: true, rows: [{ line: 1, cells: ["Nom", "janv. 2026"] }, { line: 2, cells: ["Dupont; Ann", "45,5"] }] });
  });
  it("finds the separator below a title line that has none", () => {
    const table = readCsv("SSI wall 2026\nNom;janv. 2026\nAnn;45,5\n");
    expect(table.ok && table.rows.map((r) => r.cells)).toEqual([["SSI wall 2026"], ["Nom", "janv. 2026"], ["Ann", "45,5"]]);
  });
  it("skips blank lines but keeps the line numbers", () => {
    const table = readCsv("a,b\n\n1,2\n,\n3,4");
    expect(table.ok && table.rows.map((l) => l.line)).toEqual([1, 3, 5]);
  });
  it("refuses an empty file, a binary file and an unterminated quote", () => {
    expect(readCsv("\uFEFF \n")).toEqual({ ok: false, code: "file-empty" });
    expect(readCsv("PK\u0003\u0004binary")).toEqual({ ok: false, code: "not-csv" });
    expect(readCsv('a,b\n"open,2')).toEqual({ ok: false, code: "not-csv" });
  });
});

describe("readCsvInPieces", () => {
  it("reads a large file piece by piece exactly as at once, line numbers and quoted newlines included", async () => {
    const lines = ['name;"notes"'];
    for (let i = 0; i < 30_000; i++) lines.push(i % 1000 === 0 ? `Rep ${i};"two\nlines"` : `Rep ${i};${i},5`);
    const text = lines.join("\r\n");
    expect(await readCsvInPieces(text)).toEqual(readCsv(text));
  });
});
