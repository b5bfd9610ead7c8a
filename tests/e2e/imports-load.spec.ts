// Imports within bounds under load: eight 5 MB checks at once. It runs with
// the specs that run last and alone (playwright.config.ts): an import holds
// the company's import lock, which other specs' imports would wait for.
import { createApiToken, createUser } from "../factories";
import { expect, test } from "./support/test";

test.describe("imports under load", () => {
  test("eight 5 MB checks at once: one runs at a time, the others are told to wait, the answers stay small and the health check answers", async ({ baseURL }) => {
    test.setTimeout(120_000);
    const admin = await createUser({ role: "ADMIN" });
    const { token } = await createApiToken(admin.id);
    const lines: string[] = ["email,month,total"];
    for (let i = 0, size = 0; size < 4.9 * 1024 * 1024; i++) {
      const line = `nobody.${i}@nowhere.example,2026-01,40`;
      lines.push(line);
      size += line.length + 1;
    }
    const body = lines.join("\n");
    // Sent by Node's own client, each on a connection of its own, as eight scripts would.
    const check = () => fetch(`${baseURL}/api/v1/imports/scores?dryRun=true`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" }, body });
    const checks = Array.from({ length: 8 }, check);
    // While they run, the health check keeps answering, each time within a second.
    const health: number[] = [];
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const answer = await fetch(`${baseURL}/api/v1/health`, { signal: AbortSignal.timeout(1000) });
      health.push(answer.status);
    }
    expect(health.every((status) => status === 200), health.join(",")).toBe(true);
    const answers = await Promise.all(checks);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.every((s) => s === 409 || s === 422), statuses.join(",")).toBe(true);
    expect(statuses).toContain(422);
    for (const answer of answers) {
      const text = await answer.text();
      expect(text.length).toBeLessThan(200 * 1024);
      const json = JSON.parse(text) as { errors?: unknown[]; notShown?: { errors: Record<string, number> }; error?: { code: string } };
      if (answer.status === 409) expect(json.error?.code).toBe("import-busy");
      else {
        expect(json.errors).toHaveLength(100);
        expect(json.notShown?.errors["person-unknown"]).toBe(lines.length - 101);
      }
    }
  });
});
