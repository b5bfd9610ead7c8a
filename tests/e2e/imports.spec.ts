// Importing workbooks through the page, as an admin meets it: a wall sheet
// kept in Excel, and a single-month export whose columns need a word from the
// admin, with JavaScript and without it.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { addMonths, type Month } from "../../platform/time/month";
import { thisMonth } from "../../platform/time/calendar";
import { createTeam, createUser, storedScore, testDb } from "../factories";
import { expectAccessible } from "./support/a11y";
import { SignInPage } from "./support/sign-in-page";
import { expect, test } from "./support/test";

const suffix = () => randomBytes(3).toString("hex");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const dateOf = (month: Month) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1));

async function workbook(rows: ExcelJS.CellValue[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Feuil1");
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A single-month export with two email columns (the reader cannot tell which is the rep's). */
async function navigatorExport(repEmail: string, strangerEmail: string) {
  return workbook([
    ["Seat holder", "Email", "Seat holder email", "Days active", "Social Selling Index", "Establish your professional brand", "Find the right people", "Engage with insights", "Build relationships"],
    ["Rep", "admin-contact@corp.example", repEmail, 12, 58.5, 15, 14.5, 14, 15],
    ["Stranger", "admin-contact@corp.example", strangerEmail, 3, 40, 10, 10, 10, 10],
  ]);
}

test.describe("importing workbooks", () => {
  test("a French admin imports the wall sheet as Excel keeps it: title rows, first and last names, date-cell months, an Average column and a totals line", async ({ page }) => {
    test.setTimeout(60_000);
    const team = await createTeam();
    const ann = await createUser({ teamId: team.id, name: `Anne Martin${suffix()}` });
    const admin = await createUser({ role: "ADMIN", locale: "fr" });
    const [m1, m2] = [addMonths(thisMonth(), -3), addMonths(thisMonth(), -2)];
    const file = await workbook(
      [
        [`Mur SSI ${team.name}`],
        [],
        ["Prénom", "Nom", "Équipe", dateOf(m1), dateOf(m2), "Moyenne"],
        [ann.name.split(" ")[0], ann.name.split(" ")[1], team.name, 44.5, { formula: "D4+2", result: 46.5 }, 45.5],
        ["Moyenne équipe", null, null, 44.5, 46.5, null],
      ],
      (sheet) => {
        sheet.mergeCells("A1:F1");
        for (const c of [4, 5]) sheet.getRow(3).getCell(c).numFmt = "mmm yyyy";
      },
    );
    await new SignInPage(page).signInAs(admin);
    await page.goto("/admin/import");
    await page.getByLabel("Fichier (.xlsx ou .csv)").setInputFiles({ name: "mur.xlsx", mimeType: XLSX, buffer: file });
    await page.getByRole("button", { name: "Vérifier le fichier" }).click();
    const result = page.getByTestId("import-result");
    await expect(result.getByRole("heading")).toHaveText("Le fichier est prêt à être importé");
    const reading = page.getByTestId("import-reading");
    await expect(reading).toContainText("L’en-tête est à la ligne 3 ; les lignes au-dessus (1) ont été ignorées.");
    await expect(reading).toContainText("Colonnes laissées de côté : Moyenne.");
    await expect(reading).toContainText("Lignes laissées de côté car elles portent un total ou une moyenne : 5 (Moyenne équipe).");
    await expect(page.getByTestId("import-preview")).toContainText(ann.name);
    await expect(page.getByTestId("import-columns").getByRole("combobox", { name: "Prénom" })).toHaveValue("firstName");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Importer" }).click();
    await expect(result.getByRole("heading")).toHaveText("Importé");
    expect((await storedScore(ann.id, m2))?.total.toString()).toBe("46.5");
  });

  test("a single-month export: the admin says which column is the rep's email, saves the choice, and the people it does not know are skipped and listed", async ({ page }) => {
    // Three checks, an import and a second visit: longer than one page's test.
    test.setTimeout(90_000);
    const rep = await createUser({ teamId: (await createTeam()).id });
    const admin = await createUser({ role: "ADMIN" });
    const month = addMonths(thisMonth(), -1);
    const mappingName = `Sales Navigator ${suffix()}`;
    const file = await navigatorExport(rep.email, `stranger.${suffix()}@elsewhere.example`);
    await new SignInPage(page).signInAs(admin);
    await page.goto("/admin/import");
    const upload = () => page.getByLabel("File (.xlsx or .csv)").setInputFiles({ name: "usage.xlsx", mimeType: XLSX, buffer: file });
    await upload();
    await page.getByLabel("Month of a single-month file").fill(month);
    await page.getByRole("button", { name: "Check the file" }).click();
    const result = page.getByTestId("import-result");
    await expect(result.getByRole("heading")).toHaveText("1 problem: nothing imported");
    await expect(page.getByTestId("import-errors")).toContainText("This column could be the same as “Email”");
    const columns = page.getByTestId("import-columns");
    await expect(columns).toContainText("Some columns could be read more than one way");
    await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();

    await columns.getByRole("combobox", { name: "Email", exact: true }).selectOption("ignore");
    await page.getByLabel("Save these columns as (optional)").fill(mappingName);
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(result.getByRole("heading")).toHaveText("The file is ready to import");
    await expect(result).toContainText(`Columns saved as “${mappingName}”.`);
    await expect(page.getByTestId("import-skipped")).toContainText("No one with this name or email");
    await expect(page.getByTestId("import-skipped").getByRole("row")).toHaveCount(2);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Import" }).click();
    await expect(result.getByRole("heading")).toHaveText("Imported");
    expect((await storedScore(rep.id, month))?.total.toString()).toBe("58.5");

    // Next month's file is read with the saved columns.
    await page.goto("/admin/import");
    await page.getByLabel("Saved columns").selectOption(mappingName);
    await upload();
    await page.getByLabel("Month of a single-month file").fill(thisMonth());
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(result.getByRole("heading")).toHaveText("The file is ready to import");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the check shows the columns as a second form, posted with the file again", async ({ page }) => {
      const rep = await createUser({ teamId: (await createTeam()).id });
      const admin = await createUser({ role: "ADMIN" });
      const month = addMonths(thisMonth(), -1);
      const file = await navigatorExport(rep.email, `stranger.${suffix()}@elsewhere.example`);
      await new SignInPage(page).signInAs(admin);
      await page.goto("/admin/import");
      const upload = () => page.getByLabel("File (.xlsx or .csv)").setInputFiles({ name: "usage.xlsx", mimeType: XLSX, buffer: file });
      await upload();
      await page.getByLabel("Month of a single-month file").fill(month);
      await page.getByRole("button", { name: "Check the file" }).click();
      await expect(page.getByTestId("import-errors")).toContainText("This column could be the same as “Email”");

      await upload();
      await page.getByLabel("Month of a single-month file").fill(month);
      await page.getByTestId("import-columns").getByRole("combobox", { name: "Email", exact: true }).selectOption("ignore");
      await page.getByRole("button", { name: "Import" }).click();
      await expect(page.getByTestId("import-result").getByRole("heading")).toHaveText("Imported");
      expect((await storedScore(rep.id, month))?.total.toString()).toBe("58.5");
      expect(await testDb().scoreEntry.count({ where: { userId: rep.id } })).toBe(1);
    });
  });

  test.describe("at 360 px", () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

    test("the check's columns, skipped lines and preview scroll inside their tables, not the page", async ({ page }) => {
      test.setTimeout(60_000);
      const rep = await createUser({ teamId: (await createTeam()).id });
      const admin = await createUser({ role: "ADMIN", locale: "fr" });
      await new SignInPage(page).signInAs(admin);
      await page.goto("/admin/import");
      await page.getByLabel("Fichier (.xlsx ou .csv)").setInputFiles({ name: "usage.xlsx", mimeType: XLSX, buffer: await navigatorExport(rep.email, `x.${suffix()}@elsewhere.example`) });
      await page.getByLabel("Mois d’un fichier d’un seul mois").fill(addMonths(thisMonth(), -1));
      await page.getByRole("button", { name: "Vérifier le fichier" }).click();
      await expect(page.getByTestId("import-columns")).toBeVisible();
      await page.getByTestId("import-columns").getByRole("combobox", { name: "Email", exact: true }).selectOption("ignore");
      await page.getByRole("button", { name: "Vérifier le fichier" }).click();
      await expect(page.getByTestId("import-skipped")).toBeVisible();
      await page.screenshot({ path: test.info().outputPath("import-360.png"), fullPage: true });
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.view);
    });
  });
});
