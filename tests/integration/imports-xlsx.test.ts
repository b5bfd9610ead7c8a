// Excel workbooks and Sales Navigator-style files, built with exceljs as a
// spreadsheet would save them, fed to the importer on the real database.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importFile } from "../../features/imports/commands";
import { savedMappings } from "../../features/imports/mapping-data";
import { runImport } from "../../features/imports/mutations";
import { createTeam, createUser, storedScore, testDb } from "../factories";
import { sessionUserOf } from "./session-user";
import { zipOf } from "../helpers/zip";

const CURRENT = "2026-11";
const unique = () => Math.random().toString(36).slice(2, 8);
const month = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1));

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function importScores(file: Uint8Array, options: { dryRun?: boolean; month?: "2026-10"; sheet?: string } = {}) {
  const admin = await createUser({ role: "ADMIN" });
  return runImport("scores", file, { dryRun: options.dryRun ?? false, actorId: admin.id, currentMonth: CURRENT, month: options.month ?? null, sheet: options.sheet ?? null });
}

describe("score imports from .xlsx workbooks", () => {
  it("reads a wall sheet as Excel keeps it: a merged title, date-cell months, numbers, formulas, first and last names, a team merged down, an Average column and a totals row", async () => {
    const team = await createTeam();
    const ann = await createUser({ teamId: team.id, name: `Ann ${unique()}` });
    const bob = await createUser({ teamId: team.id, name: `Bob ${unique()}` });
    const file = await workbook((book) => {
      const sheet = book.addWorksheet("Mur SSI");
      sheet.addRow([`SSI ${team.name} 2026`]);
      sheet.mergeCells("A1:G1");
      sheet.addRow([]);
      const header = sheet.addRow(["Prénom", "Nom", "Équipe", month(2026, 1), month(2026, 2), month(2026, 3), "Moyenne"]);
      for (const c of [4, 5, 6]) header.getCell(c).numFmt = "mmm yyyy";
      sheet.addRow([ann.name.split(" ")[0], ann.name.split(" ")[1], team.name, 45.5, { formula: "D4+1.25", result: 46.75 }, null, { formula: "AVERAGE(D4:F4)", result: 46.125 }]);
      sheet.addRow([bob.name.split(" ")[0], bob.name.split(" ")[1], null, 30, 31, 32.125, 31]);
      sheet.mergeCells("C4:C5");
      sheet.addRow(["Moyenne équipe", null, null, { formula: "AVERAGE(D4:D5)", result: 37.75 }, null, null, null]);
    });
    const result = await importScores(file);
    expect(result).toMatchObject({ created: 5, errors: [], ignoredLines: [{ line: 6, text: "Moyenne équipe" }] });
    expect(result.reading).toMatchObject({ format: "xlsx", sheet: "Mur SSI", headerLine: 3, titleLines: [1], layout: "wide" });
    expect(result.reading?.columns.map((c) => c.meaning)).toEqual(["firstName", "lastName", "team", "2026-01", "2026-02", "2026-03", "ignore"]);
    expect((await storedScore(ann.id, "2026-02"))?.total.toString()).toBe("46.75");
    expect(await storedScore(ann.id, "2026-03")).toBeNull();
    expect((await storedScore(bob.id, "2026-03"))?.total.toString()).toBe("32.125");
  });

  it("reads the sheet the admin picks, and says which sheets there are", async () => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    const file = await workbook((book) => {
      book.addWorksheet("Notes").addRow(["Nothing to see"]);
      const wall = book.addWorksheet("Wall");
      wall.addRow(["Email", "2026-04"]);
      wall.addRow([rep.email, 51]);
    });
    expect((await importScores(file, { dryRun: true })).errors.map((e) => e.code)).toEqual(["header-missing", "scores-missing"]);
    const picked = await importScores(file, { sheet: "Wall" });
    expect(picked).toMatchObject({ created: 1, errors: [], reading: { sheets: ["Notes", "Wall"], sheet: "Wall" } });
    expect((await importScores(file, { sheet: "Gone" })).errors).toEqual([{ line: 0, field: "file", code: "sheet-unknown" }]);
  });

  it("imports a single-month Sales Navigator-style file for the month chosen, skipping and listing the people it does not know", async () => {
    const team = await createTeam();
    const ann = await createUser({ teamId: team.id });
    const manager = await createUser({ role: "MANAGER", teamId: team.id });
    const file = await workbook((book) => {
      const sheet = book.addWorksheet("Usage");
      sheet.addRow(["Sales Navigator usage report"]);
      sheet.addRow(["Name", "Email", "Seat type", "Days active", "Social Selling Index", "Establish your professional brand", "Find the right people", "Engage with insights", "Build relationships"]);
      sheet.addRow(["Ann", ann.email, "Advanced", 14, 61.25, 16.5, 15.25, 13.5, 16]);
      sheet.addRow(["Stranger", `stranger.${unique()}@elsewhere.example`, "Advanced", 2, 40, 10, 10, 10, 10]);
      sheet.addRow(["Boss", manager.email, "Advanced Plus", 20, 70, 18, 17, 17, 18]);
    });
    expect((await importScores(file, { dryRun: true })).errors).toEqual([{ line: 0, field: "month", code: "month-required" }]);
    const result = await importScores(file, { month: "2026-10" });
    expect(result).toMatchObject({ created: 1, errors: [], reading: { layout: "single", month: "2026-10" } });
    expect(result.skipped.map((s) => [s.line, s.code])).toEqual([[4, "person-unknown"], [5, "person-not-rep"]]);
    expect(await storedScore(ann.id, "2026-10")).toMatchObject({ source: "IMPORT" });
    expect((await storedScore(ann.id, "2026-10"))?.brand?.toString()).toBe("16.5");
    expect(await storedScore(manager.id, "2026-10")).toBeNull();
  });

  it("uses a saved mapping for columns it cannot read, and keeps it for next time", async () => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    const admin = await sessionUserOf((await createUser({ role: "ADMIN" })).id);
    if (!admin) throw new Error("no admin");
    const name = `Navigator ${unique()}`;
    const file = await workbook((book) => {
      const sheet = book.addWorksheet("Export");
      sheet.addRow(["Seat holder", "Contact", "Index score"]);
      sheet.addRow(["Jo", rep.email, 48.5]);
    });
    // The command the page and the API share, outside Next.js (which would revalidate pages).
    const run = async (fields: Record<string, unknown>) => importFile.run(await importFile.input.parseAsync({ kind: "scores", file, ...fields }), admin, undefined);
    const unread = await run({ dryRun: "true", month: "2026-10" });
    expect(unread.errors.map((e) => e.code)).toEqual(["header-missing", "scores-missing"]);

    const mapping = JSON.stringify({ "Seat holder": "ignore", Contact: "email", "Index score": "total" });
    const saved = await run({ dryRun: "true", month: "2026-10", mapping, saveMappingAs: name });
    expect([saved.errors, saved.savedMapping]).toEqual([[], name]);
    expect((await savedMappings("scores")).find((m) => m.name === name)?.columns).toEqual({ "Seat holder": "ignore", Contact: "email", "Index score": "total" });

    const again = await run({ dryRun: "false", month: "2026-10", mappingName: name });
    expect(again.created).toBe(1);
    expect((await storedScore(rep.id, "2026-10"))?.total.toString()).toBe("48.5");
    await expect(run({ dryRun: "true", mappingName: `Nope ${unique()}` })).rejects.toMatchObject({ fields: { mappingName: { code: "mapping-unknown" } } });
  });

  it("takes the page's column choices, posted pair by pair, over what the headings say", async () => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    const admin = await sessionUserOf((await createUser({ role: "ADMIN" })).id);
    if (!admin) throw new Error("no admin");
    const file = await workbook((book) => {
      const sheet = book.addWorksheet("Export");
      sheet.addRow(["Email", "Work email", "SSI"]);
      sheet.addRow(["someone@old.example", rep.email, 44]);
    });
    const input = await importFile.input.parseAsync({ kind: "scores", file, dryRun: "false", month: "2026-09", mapHeading: ["Email", "Work email", "SSI"], mapMeaning: ["ignore", "email", "total"] });
    expect(await importFile.run(input, admin, undefined)).toMatchObject({ created: 1, errors: [] });
    expect((await storedScore(rep.id, "2026-09"))?.total.toString()).toBe("44");
  });

  it("refuses an old .xls file, a password-protected workbook and one too large once unpacked, each with its own reason", async () => {
    const compound = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(compound);
    Buffer.from("Workbook", "utf16le").copy(compound, 512);
    expect((await importScores(new Uint8Array(compound))).errors).toEqual([{ line: 0, field: "file", code: "xls-unsupported" }]);
    Buffer.from("EncryptedPackage", "utf16le").copy(compound, 600);
    expect((await importScores(new Uint8Array(compound))).errors).toEqual([{ line: 0, field: "file", code: "workbook-encrypted" }]);
    // 100 MB of one sheet packs into about 100 KB: refused before anything is unpacked.
    const bomb = zipOf({ "[Content_Types].xml": Buffer.from("<Types/>"), "xl/worksheets/sheet1.xml": Buffer.alloc(100 * 1024 * 1024, 0x20) });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect((await importScores(new Uint8Array(bomb))).errors).toEqual([{ line: 0, field: "file", code: "workbook-too-large" }]);
  });
});

describe("imports within bounds", () => {
  it("gives the first hundred bad lines in full and counts the rest by code", async () => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    const lines = Array.from({ length: 250 }, (_, i) => `nobody.${i}.${unique()}@nowhere.example,2026-01,40`);
    const result = await importScores(new Uint8Array(Buffer.from(["email,month,total", ...lines, `${rep.email},2026-01,x`].join("\n"))), { dryRun: true });
    expect(result.errors).toHaveLength(100);
    expect(result.notShown).toEqual({ errors: { "person-unknown": 150, "not-a-number": 1 } });
  });

  it("runs one import at a time for the company: another one is told to wait, and nothing is read", async () => {
    const rep = await createUser({ teamId: (await createTeam()).id });
    const file = new Uint8Array(Buffer.from(`email,2026-05\n${rep.email},40\n`));
    // Another import (of any app instance) holds the company's import lock.
    await testDb().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(5150001)`;
      await expect(importScores(file)).rejects.toMatchObject({ reason: "import-busy" });
    });
    expect(await storedScore(rep.id, "2026-05")).toBeNull();
    expect(await importScores(file)).toMatchObject({ created: 1, errors: [] });
  });
});

describe("people imports from .xlsx workbooks", () => {
  it("refuses a name or a team written on two lines (Alt+Enter) or with a tab, and creates no one", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const id = unique();
    const file = await workbook((book) => {
      const sheet = book.addWorksheet("People");
      sheet.addRow(["Name", "Email", "Team"]);
      sheet.addRow([`Ann\nLee ${id}`, `ann.${id}@lines.example`, null]);
      sheet.addRow([`Bob ${id}`, `bob.${id}@lines.example`, `North\t${id}`]);
      sheet.addRow([`Cy ${id}`, `cy.${id}@lines.example`, `South ${id}`]);
    });
    const result = await runImport("people", file, { dryRun: false, actorId: admin.id, currentMonth: CURRENT });
    expect(result.errors).toEqual([
      { line: 2, field: "Name", code: "not-one-line" },
      { line: 3, field: "Team", code: "not-one-line" },
    ]);
    expect(await testDb().user.count({ where: { email: { endsWith: `${id}@lines.example` } } })).toBe(0);
    expect(await testDb().team.count({ where: { name: { contains: id } } })).toBe(0);
  });
});
