// A file downloaded through a page's link, as the browser saved it: its name,
// and for a workbook its only sheet read back with exceljs.
import type { Locator, Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { readSheet } from "../../helpers/xlsx";

/** Clicks `link` on `page` and reads the workbook it downloads. */
export async function downloadWorkbook(page: Page, link: Locator) {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await download.path();
  if (!path) throw new Error(`the download of ${download.suggestedFilename()} failed: ${await download.failure()}`);
  return { filename: download.suggestedFilename(), sheet: await readSheet(new Uint8Array(await readFile(path))) };
}
