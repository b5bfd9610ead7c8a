// Every CSV export, read back with a CSV parser: a name that looks like a
// formula comes out as text (neutralised), a negative progress stays a number.
import Papa from "papaparse";
import { expect, test } from "./support/test";
import { createApiToken, createScore, createTeam, createUser, testDb } from "../factories";
import { monthToDate } from "../../platform/time/month";

const FORMULA = '=HYPERLINK("http://x","y")';
const month = "2021-03";

function rowsOf(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test("every CSV export neutralises formula-looking names and keeps numbers numeric", async ({ request }) => {
  const admin = await createUser({ role: "ADMIN" });
  const team = await createTeam(`@Team ${Date.now()}`);
  const rep = await createUser({ teamId: team.id, name: FORMULA });
  await createScore(rep.id, "2021-02", 45);
  await createScore(rep.id, month, 42.5);
  await testDb().challenge.create({
    data: {
      title: "+Stay above 30",
      kind: "threshold",
      teamId: team.id,
      fromMonth: monthToDate(month),
      toMonth: monthToDate(month),
      target: 30,
      rewardText: "-Lunch",
      rewardAmount: 10,
      rewardCurrency: "EUR",
    },
  });
  const { token } = await createApiToken(admin.id);
  const get = async (path: string) => {
    const response = await request.get(path, { headers: { Authorization: `Bearer ${token}`, "Accept-Language": "en" } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    return rowsOf(await response.text());
  };
  const neutralised = `'${FORMULA}`;

  const board = await get(`/api/exports/board?team=${team.id}&month=${month}`);
  const boardRow = board.find((r) => r.includes(neutralised));
  expect(boardRow, "board row").toBeDefined();
  expect(boardRow).toContain(`'${team.name}`);
  expect(boardRow?.[board[0]?.indexOf("Progress") ?? -1]).toBe("-2.5");
  expect(boardRow?.some((cell) => cell.startsWith("'+Stay above 30"))).toBe(true);
  expect(board.flat().some((cell) => cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("+"))).toBe(false);

  const wall = await get(`/api/exports/wall-table?team=${team.id}&month=${month}`);
  expect(wall.find((r) => r[0] === neutralised)).toContain("42.5");

  const payouts = await get(`/api/exports/payouts?team=${team.id}&month=${month}`);
  const payoutRow = payouts.find((r) => r.includes(neutralised));
  expect(payoutRow, "payout row").toBeDefined();
  expect(payoutRow?.some((cell) => cell.startsWith("'-Lunch") || cell.startsWith("'+Stay"))).toBe(true);

  // A person created through the admin's API with that name is in the audit log's export, neutralised too.
  const created = await request.post("/api/v1/users", {
    headers: { Authorization: `Bearer ${token}` },
    data: { name: FORMULA, email: `formula.${Date.now()}@test.example`, role: "REP", teamId: team.id },
  });
  expect(created.status()).toBe(201);
  const audit = await get(`/api/exports/audit?actor=${admin.id}&kind=user.create`);
  expect(audit[1]?.[4]).toBe(neutralised);
  expect(audit.flat().some((cell) => cell.startsWith("="))).toBe(false);
});
