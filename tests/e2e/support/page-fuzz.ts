// The pages and the server actions under random and malformed requests, for
// the API fuzz test's app: every page and 404 (its path parameters and odd
// query strings, every method, signed in as each role or not) must answer without
// a 5xx and change nothing; every server action posted without JavaScript
// (a multipart form with its `$ACTION_ID_…` field), as a JavaScript call
// (`Next-Action`) or as a plain form, from another site, a `null` Origin or
// none, must be refused with the proxy's 403 and change nothing.
import fc from "fast-check";
import { expect } from "./test";
import { pageRoutes, serverActionIds } from "./app-routes";
import { changedTables, fingerprint } from "./data-fingerprint";
import { LONG_DIGITS, METHOD_VARIANTS, ODD_VALUES } from "./fuzz-dictionary";
import { rawStatus } from "./raw-request";
import { signIn } from "../../../scripts/bench/app-server";
import { hashPassword } from "../../../platform/auth/password";
import type { Db } from "../../../platform/db/connect";

/** Paths that render Next.js's 404 page, which takes server actions too. */
const NOT_PAGES = ["/no-such-page", "/leaderboard/x", "/api/no-such-route", "/api/v1/no-such-route", "/robots.txt", "/x.js", "/_next/nope"];
/** Files (public/, Next's /_next/…), which take GET and HEAD alone; and pages, which the proxy runs on (proxy.ts). */
const isFilePath = (path: string) => !path.startsWith("/api/") && (path.startsWith("/_next/") || /\.[a-zA-Z0-9]+$/.test(path));
const isPagePath = (path: string) => !path.startsWith("/api/") && !isFilePath(path);

export interface PageFuzzWorld {
  base: string;
  db: Db;
  teamId: string;
  /** Path parameters to try: real ids and odd ones. */
  ids: readonly string[];
  seed: number;
}

/** Three people who can sign in (admin, manager of the team, rep of the team), as session cookies. */
async function sessions({ base, db, teamId }: PageFuzzWorld): Promise<string[]> {
  const password = "page-fuzz-password-1";
  const passwordHash = await hashPassword(password);
  const cookies: string[] = [];
  for (const role of ["ADMIN", "MANAGER", "REP"] as const) {
    const email = `${role.toLowerCase()}@page-fuzz.example`;
    const user = await db.user.create({ data: { name: `Page ${role}`, email, passwordHash, role, teamId: role === "ADMIN" ? null : teamId } });
    if (role === "MANAGER") await db.teamManager.create({ data: { teamId, userId: user.id } });
    cookies.push(await signIn(base, email, password));
  }
  return cookies;
}

/** The status of a request fetch() can send, its body read to the end (0 when the connection fails). */
async function fetchStatus(url: string, init: RequestInit): Promise<number> {
  try {
    const response = await fetch(url, { ...init, redirect: "manual" });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Fuzzes the pages (`pageRuns` requests) and the server actions' posts from elsewhere (`actionRuns`). */
export async function fuzzPagesAndActions(world: PageFuzzWorld, { pageRuns, actionRuns }: { pageRuns: number; actionRuns: number }): Promise<void> {
  const { base, db, ids, seed } = world;
  const cookies = await sessions(world);
  const pages = await pageRoutes();
  expect(pages.length).toBeGreaterThanOrEqual(15);
  const actionIds = [...(await serverActionIds()).values()];
  expect(actionIds.length).toBeGreaterThanOrEqual(20);
  const path = fc
    .tuple(fc.constantFrom(...pages, ...NOT_PAGES), fc.array(fc.constantFrom(...ids), { minLength: 2, maxLength: 2 }))
    .map(([page, params]) => {
      let i = 0;
      return page.replace(/\[[a-zA-Z]+\]/g, () => encodeURIComponent(params[i++] ?? "x"));
    });
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom("2026-10", "all", "score", "improvement", "2", "-1", "0", "csv", "xlsx", "/leaderboard", "//evil.example", "") },
    { weight: 3, arbitrary: fc.constantFrom(...ODD_VALUES, ...LONG_DIGITS, ...ids) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
  const query = fc.dictionary(fc.constantFrom("team", "month", "board", "page", "cursor", "from", "to", "actor", "kind", "error", "callbackUrl", "wait", "format", "x", "\u0000"), value, { maxKeys: 4 });
  const caller = fc.option(fc.constantFrom(...cookies), { nil: undefined });
  const language = fc.constantFrom("en", "fr", "de", "*", "fr-FR;q=x", "");

  // Nothing here may change a row, so every request is compared with the state before the first.
  const untouched = await fingerprint(db);
  let pageRequests = 0;
  await fc.assert(
    fc.asyncProperty(path, query, fc.constantFrom("GET", "GET", "GET", "GET", ...METHOD_VARIANTS, "PUT", "PATCH", "DELETE"), caller, language, async (at, params, method, cookie, lang) => {
      const search = new URLSearchParams(params).toString();
      const url = `${base}${at}${search ? `?${search}` : ""}`;
      const headers: Record<string, string> = { "accept-language": lang, ...(cookie ? { cookie } : {}) };
      const status = method === "TRACE" ? await rawStatus(url, method, headers) : await fetchStatus(url, { method, headers });
      pageRequests++;
      expect(status, `${method} ${at}?${search}`).toBeGreaterThan(0);
      expect(status, `${method} ${at}?${search}`).toBeLessThan(500);
      expect(changedTables(untouched, await fingerprint(db)), `${method} ${at}?${search} changed data`).toEqual([]);
    }),
    { numRuns: pageRuns, seed },
  );
  expect(pageRequests).toBeGreaterThanOrEqual(pageRuns);

  const fields = fc.dictionary(fc.constantFrom("name", "title", "reason", "repId", "teamId", "userId", "month", "tokenId", "1_name", "0"), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...ODD_VALUES)), { maxKeys: 3 });
  const elsewhere = fc.record({
    origin: fc.constantFrom("https://evil.example", "null", `${base}.evil.example`, "http://localhost.evil.example", undefined),
    site: fc.constantFrom("cross-site", "same-site", "none", undefined),
  });
  let actionPosts = 0;
  await fc.assert(
    fc.asyncProperty(path, fc.constantFrom(...actionIds, "nope"), fc.constantFrom("multipart", "next-action", "urlencoded"), fields, elsewhere, caller, async (at, id, shape, values, from, cookie) => {
      const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...(from.origin ? { origin: from.origin } : {}), ...(from.site ? { "sec-fetch-site": from.site } : {}) };
      let body: BodyInit;
      if (shape === "multipart") {
        const form = new FormData();
        form.append(`$ACTION_ID_${id}`, "");
        for (const [name, text] of Object.entries(values)) form.append(name, text);
        body = form;
      } else if (shape === "urlencoded") {
        body = new URLSearchParams({ [`$ACTION_ID_${id}`]: "", ...values });
      } else {
        headers["next-action"] = id;
        headers["content-type"] = "text/plain;charset=UTF-8";
        body = JSON.stringify([values]);
      }
      const status = await fetchStatus(`${base}${at}`, { method: "POST", headers, body });
      actionPosts++;
      const said = `${shape} POST ${at} from ${from.origin ?? "no Origin"} (${from.site ?? "no Sec-Fetch-Site"})`;
      // A file takes no POST (405, before the proxy); Next.js reads a plain form posted to the API as no action (404).
      if (isFilePath(at)) expect(status, said).toBe(405);
      else if (shape === "urlencoded" && !isPagePath(at)) expect(status, said).toBeLessThan(500);
      else expect(status, said).toBe(403);
      expect(status, said).toBeGreaterThan(0);
      expect(changedTables(untouched, await fingerprint(db)), `${said} changed data`).toEqual([]);
    }),
    { numRuns: actionRuns, seed },
  );
  expect(actionPosts).toBeGreaterThanOrEqual(actionRuns);
}
