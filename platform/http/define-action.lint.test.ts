// The lint rule that keeps every server action in the one shape: a new action
// written by hand fails `npm run lint`, and so `npm test`.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function wrapperErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, "features/example/actions.ts") });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

const header = `"use server";\nimport { z } from "zod";\nimport { defineAction } from "./define-action";\n`;

describe("server actions lint rule", () => {
  it("refuses an exported function, a hand-made constant, a default export and a re-export", async () => {
    for (const code of [
      `${header}export async function doIt(formData: FormData) { return formData; }\n`,
      `${header}export const doIt = async (formData: FormData) => formData;\n`,
      `${header}export default async function doIt() {}\n`,
      `${header}const doIt = async () => null;\nexport { doIt };\n`,
    ]) {
      expect(await wrapperErrors(code), code).toEqual([expect.stringContaining("defineAction")]);
    }
  }, 60_000);

  it("accepts actions made by the wrapper, and plain modules without the directive", async () => {
    const good = `${header}export const doIt = defineAction({ input: z.object({}), permission: () => ({ action: "administer" }), run: async () => null });\n`;
    expect(await wrapperErrors(good)).toEqual([]);
    expect(await wrapperErrors(`export async function helper() { return 1; }\n`)).toEqual([]);
  }, 60_000);
});
