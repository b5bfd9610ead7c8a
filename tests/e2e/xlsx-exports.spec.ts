// Every export as Excel, downloaded through its page's link by a French admin
// and read back with exceljs: scores and amounts are number cells with their
// decimals, months are dates of that month, the header row is frozen, a name
// that looks like a formula is text, and the sheet and file are named in French.
import { expect, test } from "./support/test";
import { downloadWorkbook } from "./support/downloads";
import { SignInPage } from "./support/sign-in-page";
import { createApiToken, createScore, createTeam, createUser, testDb } from "../factories";
import { ExcelJS, rowOf, rowValues } from "../helpers/xlsx";
import { thisMonth } from "../../platform/time/calendar";
import { addMonths, monthRange, monthToDate } from "../../platform/time/month";

test.use({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR" } });

const FORMULA = "=1+1";
const frozen = [expect.objectContaining({ state: "frozen", ySplit: 1 })];
const dateOf = (month: Parameters<typeof monthToDate>[0]) => monthToDate(month);

test("a French admin downloads the board, the wall table, the payouts and the audit log as Excel", async ({ page, request }) => {
  const month = thisMonth();
  const previous = addMonths(month, -1);
  const team = await createTeam(`Équipe ${Date.now()}`);
  const admin = await createUser({ role: "ADMIN", locale: "fr" });
  const rep = await createUser({ teamId: team.id, name: FORMULA });
  await createScore(rep.id, previous, 50);
  await createScore(rep.id, month, 60.5, { brand: 18.412, people: 14, insights: 14, relationships: 14.088 });
  await testDb().challenge.create({
    data: { title: "Au-dessus de 30", kind: "threshold", teamId: team.id, fromMonth: monthToDate(month), toMonth: monthToDate(month), target: 30, rewardText: "Prime", rewardAmount: 10.5, rewardCurrency: "EUR" },
  });
  const fileTeam = team.name.replace(" ", "-");
  await new SignInPage(page).signInAs(admin);

  await page.goto(`/leaderboard?team=${team.id}&month=${month}`);
  const board = await downloadWorkbook(page, page.getByRole("link", { name: "Excel (.xlsx), ce classement" }));
  expect(board.filename).toBe(`ssi-classement-${fileTeam}-${month}.xlsx`);
  expect(board.sheet.name).toBe("Classement SSI");
  expect(board.sheet.views).toEqual(frozen);
  expect(rowValues(board.sheet, 1).slice(0, 7)).toEqual(["Rang", "Commercial·e", "Équipe", "SSI", "Mois précédent", "Progression", "Construire votre marque professionnelle"]);
  const boardRow = rowValues(board.sheet, rowOf(board.sheet, FORMULA, 2));
  expect(boardRow.slice(0, 10)).toEqual([1, FORMULA, team.name, 60.5, 50, 10.5, 18.412, 14, 14, 14.088]);
  expect(board.sheet.getCell(rowOf(board.sheet, FORMULA, 2), 2).type).toBe(ExcelJS.ValueType.String);
  expect(board.sheet.getCell(rowOf(board.sheet, FORMULA, 2), 7).type).toBe(ExcelJS.ValueType.Number);

  const wall = await downloadWorkbook(page, page.getByRole("link", { name: "Excel (.xlsx), le tableau mural" }));
  expect(wall.filename).toBe(`ssi-tableau-mural-${fileTeam}-${month}.xlsx`);
  expect(wall.sheet.name).toBe("Tableau mural");
  expect(wall.sheet.views).toEqual(frozen);
  expect(rowValues(wall.sheet, 1)).toEqual(["Commercial·e", "E-mail", "Équipe", ...monthRange(addMonths(month, -11), month).map(dateOf)]);
  expect(wall.sheet.getCell(1, 4).numFmt).toBe("mmm yyyy");
  expect(rowValues(wall.sheet, 2)).toEqual([FORMULA, rep.email, team.name, ...Array<null>(10).fill(null), 50, 60.5]);

  await page.goto(`/payouts?month=${month}&team=${team.id}`);
  const payouts = await downloadWorkbook(page, page.getByRole("link", { name: "Excel (.xlsx)", exact: true }));
  expect(payouts.filename).toBe(`ssi-versements-${fileTeam}-${month}-provisoire.xlsx`);
  expect(payouts.sheet.name).toBe("Rapport des versements");
  expect(payouts.sheet.views).toEqual(frozen);
  expect(rowValues(payouts.sheet, 1).at(-1)).toBe("EUR");
  const payoutRow = rowValues(payouts.sheet, rowOf(payouts.sheet, FORMULA));
  expect([payoutRow[0], payoutRow[2], payoutRow.at(-1)]).toEqual([FORMULA, 60.5, 10.5]);

  // A person created with a formula-looking name through the API: the audit log names her as text.
  const { token } = await createApiToken(admin.id);
  const created = await request.post("/api/v1/users", {
    headers: { Authorization: `Bearer ${token}` },
    data: { name: "=SUM(A1)", email: `xlsx.${Date.now()}@test.example`, role: "REP", teamId: team.id },
  });
  expect(created.status()).toBe(201);
  await page.goto(`/admin/audit?actor=${admin.id}&kind=user.create`);
  const audit = await downloadWorkbook(page, page.getByRole("link", { name: "Excel (.xlsx)", exact: true }));
  expect(audit.filename).toBe("ssi-journal-audit.xlsx");
  expect(audit.sheet.name).toBe("Journal d’audit");
  expect(audit.sheet.views).toEqual(frozen);
  expect(rowValues(audit.sheet, 1)).toEqual(["Quand", "Quoi", "Code de l’événement", "Qui", "Concerne", "Mois", "Motif", "Détails"]);
  const [at, kind, code, actor, subject] = rowValues(audit.sheet, 2);
  expect(at).toBeInstanceOf(Date);
  expect(audit.sheet.getCell(2, 1).numFmt).toBe("yyyy-mm-dd hh:mm:ss");
  expect([kind, code, actor, subject]).toEqual(["Personne créée", "user.create", admin.name, "=SUM(A1)"]);
  expect(audit.sheet.getCell(2, 5).type).toBe(ExcelJS.ValueType.String);
});

test("an export in an unknown format is refused in the user's language", async ({ page }) => {
  const team = await createTeam();
  await new SignInPage(page).signInAs(await createUser({ role: "ADMIN", locale: "fr" }));
  const response = await page.request.get(`/api/exports/board?team=${team.id}&format=pdf`);
  expect(response.status()).toBe(400);
  expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({ format: "format vaut csv ou xlsx (Excel)." });
});
