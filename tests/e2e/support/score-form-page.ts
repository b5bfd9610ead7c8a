import { expect, type Page } from "@playwright/test";

type Values = Partial<Record<"brand" | "people" | "insights" | "relationships" | "total" | "industryRankPct", string>>;

/** The score form (/log), by its field ids. */
export class ScoreFormPage {
  constructor(private readonly page: Page) {}

  async goto(repId?: string): Promise<void> {
    await this.page.goto(repId ? `/reps/${repId}/log` : "/log");
    await expect(this.page.locator("form.score-form")).toBeVisible();
  }

  async fill(values: Values): Promise<void> {
    for (const [field, value] of Object.entries(values)) await this.page.locator(`#${field}`).fill(value);
  }

  async submit(): Promise<void> {
    await this.page.locator("form.score-form button[type=submit]").click();
  }

  fieldError(field: string) {
    return this.page.locator(`#${field}-error`);
  }

  async paste(text: string): Promise<void> {
    await this.page.locator("#paste").fill(text);
    await this.page.getByRole("button", { name: /Read the numbers|Lire les chiffres/ }).click();
  }

  value(field: string) {
    return this.page.locator(`#${field}`);
  }
}
