// Imports within bounds under load: eight 5 MB checks at once. It runs with
// the specs that run last and alone (playwright.config.ts): an import holds
// the company's import lock, which other specs' imports would wait for.
import { createApiToken, createUser } from "../factories";
import { expect, test } from "./support/test";

test.describe("imports under load", () => {
  test("eight 5 MB checks at once: one runs, the others are told to wait, the answer stays small and the health check answers", async ({ request }) => {
    const admin = await createUser({ role: "ADMIN" });
    const { token } = await createApiToken(admin.id);
    const lines: string[] = ["email,month,total"];
    for (let i = 0, size = 0; size < 4.9 * 1024 * 1024; i++) {
      const line = `nobody.${i}@nowhere.example,2026-01,40`;
      lines.push(line);
      size += line.length + 1;
    }
    const body = lines.join("\n");
    const check = () => request.post("/api/v1/imports/scores?dryRun=true", { headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" }, data: body, timeout: 120_000 });
    test.setTimeout(120_000);
    const checks = Array.from({ length: 8 }, check);
    // While they run, the app still answers its health check, within a second.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = await request.get("/api/v1/health", { timeout: 1000 });
    expect(health.status()).toBe(200);
    const answers = await Promise.all(checks);
    const statuses = answers.map((a) => a.status()).sort();
    expect(statuses.every((s) => s === 409 || s === 422), statuses.join(",")).toBe(true);
    expect(statuses).toContain(422);
    for (const answer of answers.filter((a) => a.status() === 422)) {
      const json = (await answer.json()) as { errors: unknown[]; notShown: { errors: Record<string, number> } };
      expect(json.errors).toHaveLength(100);
      expect(json.notShown.errors["person-unknown"]).toBe(lines.length - 101);
      expect((await answer.body()).byteLength).toBeLessThan(200 * 1024);
    }
    const busy = answers.find((a) => a.status() === 409);
    if (busy) expect(await busy.json()).toMatchObject({ error: { code: "import-busy" } });
  });
});
