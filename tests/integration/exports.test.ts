// The export routes on a real database, asked for Excel: the same route and
// rules as the CSV, the wall table's email column for admins only, and a
// board larger than one batch streamed whole into one sheet.
import { describe, expect, it } from "vitest";
import { GET as boardExport } from "../../app/api/exports/board/route";
import { GET as wallTableExport } from "../../app/api/exports/wall-table/route";
import { readSheet, rowValues } from "../helpers/xlsx";
import { EXPORT_FORMATS } from "../../platform/spreadsheets/format";
import { monthToDate } from "../../platform/time/month";
import { createApiToken, createScore, createTeam, createUser, testDb } from "../factories";

const MONTH = "2026-11";

async function ask(route: typeof boardExport, path: string, userId: string, language = "en") {
  const { token } = await createApiToken(userId);
  return route(new Request(`http://app.test${path}`, { headers: { authorization: `Bearer ${token}`, "accept-language": language } }), undefined as never);
}

async function workbook(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(EXPORT_FORMATS.xlsx.contentType);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return readSheet(new Uint8Array(await response.arrayBuffer()));
}

describe("exports as Excel", () => {
  it("gives admins the wall table with each rep's email, and managers without it", async () => {
    const team = await createTeam();
    const admin = await createUser({ role: "ADMIN" });
    const manager = await createUser({ role: "MANAGER", teamId: team.id });
    const rep = await createUser({ teamId: team.id, name: "Léa" });
    await createScore(rep.id, MONTH, 18.412);
    const path = `/api/exports/wall-table?team=${team.id}&month=${MONTH}&format=xlsx`;

    const forAdmin = await workbook(await ask(wallTableExport, path, admin.id));
    expect(rowValues(forAdmin, 1).slice(0, 4)).toEqual(["Rep", "Email", "Team", new Date(Date.UTC(2025, 11, 1))]);
    expect(rowValues(forAdmin, 2)).toEqual(["Léa", rep.email, team.name, ...Array<null>(11).fill(null), 18.412]);

    const forManager = await workbook(await ask(wallTableExport, path, manager.id));
    expect(rowValues(forManager, 1).slice(0, 3)).toEqual(["Rep", "Team", new Date(Date.UTC(2025, 11, 1))]);
    expect(rowValues(forManager, 2)).not.toContain(rep.email);

    const csv = await (await ask(wallTableExport, path.replace("xlsx", "csv"), admin.id)).text();
    expect(csv.split("\r\n")[1]).toBe(`Léa,${rep.email},${team.name},,,,,,,,,,,,18.412`);
  });

  it("streams a board of more than one batch into one sheet, every rep once", async () => {
    const team = await createTeam();
    const admin = await createUser({ role: "ADMIN" });
    const count = 1_005;
    const ids = Array.from({ length: count }, (_, i) => `xlsx-${team.id}-${String(i).padStart(4, "0")}`);
    await testDb().user.createMany({ data: ids.map((id) => ({ id, email: `${id}@test.example`, name: id, role: "REP" as const, teamId: team.id, passwordHash: "x" })) });
    await testDb().scoreEntry.createMany({ data: ids.map((userId, i) => ({ userId, month: monthToDate(MONTH), total: 20 + (i % 70), brand: 5, people: 5, insights: 5, relationships: 5 + (i % 70) })) });

    const sheet = await workbook(await ask(boardExport, `/api/exports/board?team=${team.id}&month=${MONTH}&format=xlsx`, admin.id, "fr"));
    expect(sheet.name).toBe("Classement SSI");
    expect(sheet.rowCount).toBe(count + 1);
    const names = new Set(Array.from({ length: count }, (_, i) => sheet.getCell(i + 2, 2).value));
    expect(names.size).toBe(count);
    expect(sheet.getCell(2, 4).value).toBe(89);
  });

  it("refuses an unknown format with a 400 in the caller's language", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const response = await ask(boardExport, `/api/exports/board?month=${MONTH}&format=ods`, admin.id, "fr");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "invalid", message: expect.any(String), fields: { format: "format vaut csv ou xlsx (Excel)." } } });
  });
});
