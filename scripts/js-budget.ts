// `npm run test:budget`: the JavaScript a browser downloads to show each page
// of the last build, gzipped, read from the build's own manifests (the
// framework's chunks every page loads, plus the page's and its layouts'
// chunks; code behind a dynamic import is left out until it is fetched).
// Fails when a page is over its budget. Size, not time: this is no benchmark.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";
import { numberOption, runCli } from "./cli";

const NEXT = path.join(import.meta.dirname, "..", ".next");

/** Pages and their budgets in KB (gzipped). The board page is the one the issue set; the rest are kept near it. */
const BUDGETS: Record<string, number> = {
  "/(dashboard)/leaderboard/page": 150,
  "/(dashboard)/page": 150,
  "/(dashboard)/teams/[teamId]/page": 150,
  "/wall/[token]/page": 150,
};

function gzippedSize(file: string): number {
  return gzipSync(readFileSync(path.join(NEXT, file.replace(/^\/?_next\//, "")))).length;
}

/** The chunks of each page entry, from the client reference manifests under .next/server/app. */
function entryChunks(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith("_client-reference-manifest.js")) {
        const sandbox = { globalThis: {} as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } };
        vm.runInNewContext(readFileSync(full, "utf8"), sandbox);
        for (const [page, manifest] of Object.entries(sandbox.globalThis.__RSC_MANIFEST ?? {})) {
          const ownEntry = Object.keys(manifest.entryJSFiles ?? {}).find((key) => key.endsWith(`/app${page}`));
          found.set(page, ownEntry ? (manifest.entryJSFiles?.[ownEntry] ?? []) : []);
        }
      }
    }
  };
  walk(path.join(NEXT, "server", "app"));
  return found;
}

runCli(async () => {
  if (!existsSync(path.join(NEXT, "BUILD_ID"))) throw new Error("No build in .next: run `next build` (npm run test:e2e builds) first.");
  const override = process.argv.includes("--budget-kb") ? numberOption(process.argv.slice(2), "budget-kb", 150) : null;
  const framework = (JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] }).rootMainFiles;
  const chunks = entryChunks();
  const over: string[] = [];
  for (const [page, budget] of Object.entries(BUDGETS)) {
    const own = chunks.get(page);
    if (!own) throw new Error(`${page} is not in the build: update BUDGETS in scripts/js-budget.ts`);
    const files = new Set([...framework, ...own]);
    const kb = Math.round([...files].reduce((sum, f) => sum + gzippedSize(f), 0) / 102.4) / 10;
    const limit = override ?? budget;
    console.log(`${kb <= limit ? "ok  " : "OVER"} ${page}: ${kb} KB of JavaScript gzipped (budget ${limit} KB, ${files.size} files)`);
    if (kb > limit) over.push(page);
  }
  if (over.length > 0) throw new Error(`Over the JavaScript budget: ${over.join(", ")}`);
});
