// What the app serves, read from its source: the pages, the route handlers
// with the methods each exports, and the server actions. Specs that must
// cover everything (the API fuzz, the authorization matrix) compare their
// lists with these, so that a new route cannot be left out unnoticed.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const ROOT = path.join(import.meta.dirname, "../../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

async function filesUnder(dir: string, name: RegExp): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { recursive: true });
  return entries.filter((file) => name.test(path.basename(file))).map((file) => path.join(dir, file));
}

/** A file's URL path: route groups such as (dashboard) are left out. */
function urlPath(file: string): string {
  const parts = path.dirname(file).split(path.sep).slice(1).filter((part) => !/^\(.*\)$/.test(part));
  return `/${parts.join("/")}`;
}

/** Every page, as "/reps/[repId]". */
export async function pageRoutes(): Promise<string[]> {
  return (await filesUnder("app", /^page\.tsx?$/)).map(urlPath).sort();
}

/** Every route handler under `dir` (app by default), with the HTTP methods it exports. */
export async function handlerRoutes(dir = "app"): Promise<{ path: string; methods: string[] }[]> {
  const files = await filesUnder(dir, /^route\.tsx?$/);
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(ROOT, file), "utf8");
      const methods = METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b|export \\{[^}]*\\bas ${m}\\b`).test(source));
      return { path: urlPath(file), methods };
    }),
  );
}

/** Every server action, as "features/scores/actions.ts#saveScoreAction": the exports of each "use server" file. */
export async function serverActions(): Promise<string[]> {
  const files = (await Promise.all(["app", "platform", "features", "components"].map((dir) => filesUnder(dir, /\.tsx?$/)))).flat();
  const actions: string[] = [];
  for (const file of files) {
    const source = await readFile(path.join(ROOT, file), "utf8");
    if (!/^\s*["']use server["'];?/.test(source)) continue;
    for (const [, name] of source.matchAll(/^export (?:const|async function|function) (\w+)/gm)) actions.push(`${file}#${name}`);
  }
  return actions.sort();
}

/** The id the production build gave each server action ("features/scores/actions.ts#saveScoreAction" → id). */
export async function serverActionIds(): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, action]) => [`${action.filename}#${action.exportedName}`, id]));
}
