// Proves that the layering rules (.dependency-cruiser.cjs, run by `npm run
// lint`) catch each thing they forbid: every case is a small tree written to
// a temporary folder and cruised with the project's own rule set.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { cruise, type ICruiseResult, type IConfiguration } from "dependency-cruiser";
import { afterEach, describe, expect, it } from "vitest";

const config = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as IConfiguration;
const roots: string[] = [];

/** The names of the rules a tree of files breaks, each with the dependency that broke it. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), "layering-"));
  roots.push(root);
  const tree = { "node_modules/server-only/index.js": "module.exports = {};", "node_modules/server-only/package.json": '{"name":"server-only","main":"index.js"}', ...files };
  for (const [file, text] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  // The fixture trees have no tsconfig.json: their imports are relative.
  const options = { ...config.options, tsConfig: undefined };
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const { output } = await cruise(["platform", "features", "components", "app"].filter((d) => Object.keys(files).some((f) => f.startsWith(`${d}/`))), {
      ...options,
      validate: true,
      ruleSet: { forbidden: config.forbidden },
    });
    const result = output as ICruiseResult;
    return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}

const importing = (...specs: string[]) => specs.map((s, i) => `import { x as x${i} } from "${s}";\nconsole.log(x${i});`).join("\n") + "\nexport const x = 1;\n";
const CLEAN = {
  "platform/db/client.ts": "export const x = 1;\n",
  "platform/http/query.ts": importing("../db/client"),
  "features/scores/score.ts": importing("../../platform/db/client"),
  "features/scores/index.ts": 'export { x } from "./score";\n',
  "features/board/entries.ts": importing("../scores/index", "../../platform/http/query"),
  "components/ui/button.ts": importing("../../platform/db/client"),
  "app/page.ts": importing("../features/board/entries", "../features/scores/score", "../components/ui/button"),
};

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the layering rules", () => {
  it("pass a tree that keeps them (routes may use any file)", async () => {
    expect(await violations(CLEAN)).toEqual([]);
  });

  it("refuse the platform importing a feature", async () => {
    expect(await violations({ ...CLEAN, "platform/http/query.ts": importing("../db/client", "../../features/scores/index") })).toContainEqual(
      "platform-knows-no-feature: platform/http/query.ts → features/scores/index.ts",
    );
  });

  it("refuse a feature reaching into another feature's files", async () => {
    expect(await violations({ ...CLEAN, "features/board/entries.ts": importing("../scores/score") })).toEqual([
      "feature-through-its-entry: features/board/entries.ts → features/scores/score.ts",
    ]);
  });

  it("let a feature's tests reach into another feature's files", async () => {
    expect(await violations({ ...CLEAN, "features/board/board.test.ts": importing("../scores/score") })).toEqual([]);
  });

  it("refuse a loop between folders, even through public entries", async () => {
    const looped = { ...CLEAN, "features/board/index.ts": 'export { x } from "./board";\n', "features/scores/score.ts": importing("../board/index") };
    expect(await violations(looped)).toContainEqual("no-folder-cycle: features/board → features/scores");
  });

  // A folder and the folders inside it are one thing (paste/ is part of
  // scores/); sibling folders are not.
  it("refuse a loop between two folders inside a feature", async () => {
    const looped = { ...CLEAN, "features/scores/paste/read.ts": importing("../components/form"), "features/scores/components/form.ts": importing("../paste/read") };
    expect((await violations(looped)).filter((v) => v.startsWith("no-folder-cycle"))).not.toEqual([]);
  });

  it("refuse shared components importing a feature, and anything importing a route", async () => {
    const broken = { ...CLEAN, "components/ui/button.ts": importing("../../features/scores/index"), "features/scores/score.ts": importing("../../app/page") };
    expect(await violations(broken)).toEqual(
      expect.arrayContaining(["ui-knows-no-feature: components/ui/button.ts → features/scores/index.ts", "routes-are-leaves: features/scores/score.ts → app/page.ts"]),
    );
  });

  it("refuse a feature importing its own entry", async () => {
    expect(await violations({ ...CLEAN, "features/scores/other.ts": importing("./index") })).toContainEqual("not-through-own-entry: features/scores/other.ts → features/scores/index.ts");
  });

  it("refuse a feature's component reading data itself, and let it name the data's types", async () => {
    const reading = { ...CLEAN, "features/scores/goal-data.ts": importing("../../platform/db/client"), "features/scores/components/goals.ts": importing("../goal-data", "../../../platform/db/client") };
    expect(await violations(reading)).toEqual([
      "components-draw-what-queries-read: features/scores/components/goals.ts → features/scores/goal-data.ts",
      "components-draw-what-queries-read: features/scores/components/goals.ts → platform/db/client.ts",
    ]);
    const typed = { ...reading, "features/scores/components/goals.ts": 'import type { x } from "../goal-data";\nexport type Y = typeof x;\n' };
    expect(await violations(typed)).toEqual([]);
  });

  it("refuse a feature answering HTTP itself (the error-to-status map, next/server), and let it define a query", async () => {
    const answering = {
      ...CLEAN,
      "platform/http/errors.ts": "export const x = 1;\n",
      "node_modules/next/server.js": "exports.x = 1;\n",
      "node_modules/next/package.json": '{"name":"next"}',
      "features/scores/score.ts": importing("../../platform/http/errors", "next/server", "../../platform/http/query"),
    };
    expect(await violations(answering)).toEqual([
      "features-speak-no-http: features/scores/score.ts → node_modules/next/server.js",
      "features-speak-no-http: features/scores/score.ts → platform/http/errors.ts",
    ]);
  });

  it("refuse a client entry that reaches a server-only module", async () => {
    const leaky = { ...CLEAN, "features/scores/data.ts": 'import "server-only";\nexport const x = 1;\n', "features/scores/client.ts": 'export { x } from "./data";\n' };
    expect((await violations(leaky)).filter((v) => v.startsWith("client-entry-stays-client"))).not.toEqual([]);
  });
});
