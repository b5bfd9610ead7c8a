import { describe, expect, it } from "vitest";
import { readCsv } from "./read-csv";

describe("readCsv", () => {
  it("reads a comma file with a byte-order mark and CRLF", () => {
    expect(readCsv("\uFEFFname,email\r\nAnn,ann@x.example\r\n")).toEqual({ ok: true, header: ["name", "email"], lines: [{ line: 2, cells: ["Ann", "ann@x.example"] }] });
  });
  it("reads a semicolon file with decimal commas and quoted cells", () => {
    const table = readCsv('Nom;"janv. 2026"\n"Dupont; Ann";"45,5"\n');
    expect(table).toEqual({ ok: true, header: ["Nom", "janv. 2026"], lines: [{ line: 2, cells: ["Dupont; Ann", "45,5"] }] });
  });
  it("skips blank lines but keeps the line numbers", () => {
    const table = readCsv("a,b\n\n1,2\n,\n3,4");
    expect(table.ok && table.lines.map((l) => l.line)).toEqual([3, 5]);
  });
  it("refuses an empty file, a binary file and an unterminated quote", () => {
    expect(readCsv("\uFEFF \n")).toEqual({ ok: false, code: "file-empty" });
    expect(readCsv("PK\u0003\u0004binary")).toEqual({ ok: false, code: "not-csv" });
    expect(readCsv('a,b\n"open,2')).toEqual({ ok: false, code: "not-csv" });
  });
  it("refuses more than 5 MB", () => {
    expect(readCsv("a\n" + "x".repeat(5 * 1024 * 1024))).toEqual({ ok: false, code: "file-too-large" });
  });
});
