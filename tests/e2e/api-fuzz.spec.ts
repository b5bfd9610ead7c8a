// Every /api/v1 route and every export (CSV, Excel or, for payouts, PDF: `format`) gets
// thousands of random and malformed requests: wrong methods, bodies (random
// JSON, broken JSON, bytes that are not UTF-8, huge), query strings, path
// parameters, headers and tokens, with the values that once answered 500 (NUL
// and other control characters, impossible dates, 20-digit numbers) and the
// methods besides (TRACE, OPTIONS, HEAD). None may answer 5xx, and none that
// is refused may change a row. Then the pages and the server actions' posts
// from elsewhere (support/page-fuzz.ts). On an app and a database of its
// own, so that the other tests' writes do not blur what changed.
import fc from "fast-check";
import { expect, test } from "./support/test";
import { handlerRoutes } from "./support/app-routes";
import { changedTables, fingerprint, installFingerprint } from "./support/data-fingerprint";
import { startIsolatedApp } from "./support/isolated-app";
import { generateToken, hashToken } from "../../platform/auth/tokens";
import { CONTROL_TEXT, IMPOSSIBLE_DATES, LONG_DIGITS, METHOD_VARIANTS, ODD_VALUES } from "./support/fuzz-dictionary";
import { fuzzPagesAndActions } from "./support/page-fuzz";
import { rawStatus } from "./support/raw-request";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", ...METHOD_VARIANTS] as const;
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);

test.describe("the API under random and malformed requests", () => {
  test("answers every one without a 5xx, and changes nothing when it refuses", async () => {
    test.setTimeout(900_000);
    const app = await startIsolatedApp("fuzz");
    const { db } = app;
    try {
      await installFingerprint(db);
      const team = await db.team.create({ data: { name: "North" } });
      const make = (name: string, role: "REP" | "MANAGER" | "ADMIN") =>
        db.user.create({ data: { name, email: `${name.toLowerCase()}@fuzz.example`, passwordHash: "x", role, teamId: role === "ADMIN" ? null : team.id } });
      const [admin, manager, rep] = [await make("Ada", "ADMIN"), await make("Max", "MANAGER"), await make("Rae", "REP")];
      await db.teamManager.create({ data: { teamId: team.id, userId: manager.id } });
      await db.scoreEntry.create({ data: { userId: rep.id, month: new Date("2026-10-01"), total: 50, brand: 12.5, people: 12.5, insights: 12.5, relationships: 12.5, updatedAt: new Date() } });
      const token = async (userId: string, limits: { readOnly?: boolean } = {}) => {
        const value = generateToken();
        await db.apiToken.create({ data: { userId, name: "fuzz", tokenHash: hashToken(value), ...limits } });
        return value;
      };
      const tokens = [await token(admin.id), await token(admin.id, { readOnly: true }), await token(manager.id), await token(rep.id)];

      const routes = [...(await handlerRoutes("app/api/v1")), ...(await handlerRoutes("app/api/exports"))];
      expect(routes.length).toBeGreaterThanOrEqual(22);
      const ids = [admin.id, manager.id, rep.id, team.id, "2026-10", "2026-13", "scores", "people", "nope", "%00", "..%2F..", "ü", "x".repeat(300), ...CONTROL_TEXT.slice(0, 6), ...LONG_DIGITS.slice(0, 2)];
      const jsonish = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.record({
          month: fc.constantFrom("2026-10", "2026-11", "2099-01", "13", "", null, ...IMPOSSIBLE_DATES),
          userId: fc.constantFrom(rep.id, admin.id, "nope", 5, ...CONTROL_TEXT),
          brand: fc.oneof(fc.double(), fc.string({ maxLength: 5 })),
          people: fc.constantFrom(10, "10", "1e3", -1),
          insights: fc.constantFrom(10, 26, null),
          relationships: fc.constantFrom(10, "x"),
          name: fc.oneof(fc.string({ maxLength: 90 }), fc.constantFrom(...CONTROL_TEXT)),
          email: fc.constantFrom("a@b.example", "bad", ""),
          role: fc.constantFrom("REP", "ADMIN", "ROOT"),
          teamId: fc.constantFrom(team.id, "nope", null, "\u0000"),
          reason: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...CONTROL_TEXT)),
          text: fc.string({ maxLength: 200 }),
          tiers: fc.constantFrom([], [{ name: "Gold", minTotal: 70 }], "x"),
          title: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...CONTROL_TEXT)),
          winners: fc.constantFrom(1, ...LONG_DIGITS),
          kind: fc.constantFrom("gain", "race", "x"),
          // Notifications: switches, scopes and channel webhooks (SSRF-shaped addresses among them).
          on: fc.constantFrom([], ["tier-reached"], ["nope"], "log-reminder", [null], ["", "log-last-call"]),
          scope: fc.constantFrom("company", `team:${team.id}`, "team:nope", "channel:x", "user:x", "", ...CONTROL_TEXT.slice(0, 2)),
          medium: fc.constantFrom("slack", "teams", "email", ""),
          url: fc.constantFrom("https://hooks.slack.com/services/T/B/x", "http://10.0.0.1/hook", "http://169.254.169.254/latest", "javascript:alert(1)", "ftp://x", "", "x".repeat(1200), ...CONTROL_TEXT.slice(0, 2)),
        }, { requiredKeys: [] }),
      );
      const body = fc.oneof(
        { weight: 12, arbitrary: jsonish.map((v) => ({ type: "application/json", data: Buffer.from(JSON.stringify(v) ?? "") })) },
        { weight: 3, arbitrary: fc.string({ maxLength: 100 }).map((s) => ({ type: "application/json", data: Buffer.from(`{${s}`) })) },
        // Flat field names, as forms send them, including ones that reach for a prototype.
        { weight: 2, arbitrary: fc.dictionary(fc.constantFrom("reward.text", "reward", "tiers.0.name", "tiers.0", "", ".", "__proto__.polluted", "constructor.prototype.polluted", "a.__proto__.x", "effectiveFrom"), fc.jsonValue({ maxDepth: 1 })).map((v) => ({ type: "application/json", data: Buffer.from(JSON.stringify(v)) })) },
        { weight: 3, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ type: "application/json", data: Buffer.from(bytes) })) },
        { weight: 3, arbitrary: fc.string({ maxLength: 300 }).map((s) => ({ type: "text/csv", data: Buffer.from(`email,month,total\n${s}`) })) },
        { weight: 2, arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "", "application/json; charset=latin1").map((type) => ({ type, data: Buffer.from("a=1&b=2") })) },
        // Oversize: past the JSON limit (64 KiB) and the import limit (5 MB).
        fc.constant({ type: "application/json", data: Buffer.from(`{"padding":"${"x".repeat(70 * 1024)}"}`) }),
        { weight: 1, arbitrary: fc.constant({ type: "text/csv", data: Buffer.from(`email,month,total\n${"a@b.example,2026-10,50\n".repeat(260_000)}`) }) },
        { weight: 3, arbitrary: fc.constant(null) },
      );
      const request = fc.record({
        route: fc.constantFrom(...routes),
        wrongMethod: fc.boolean(),
        method: fc.constantFrom(...METHODS),
        // Which of the route's own methods (so that a counterexample replays as it ran).
        own: fc.nat(),
        params: fc.array(fc.constantFrom(...ids), { minLength: 3, maxLength: 3 }),
        // Every parameter a route reads, each present half the time, mostly with values that mean something.
        query: fc.record(
          Object.fromEntries(
            ["month", "team", "board", "limit", "cursor", "around", "from", "to", "dryRun", "actor", "kind", "format", "x"].map((key) => [
              key,
              fc.oneof(
                { weight: 4, arbitrary: fc.constantFrom("2026-10", "2026-13", "all", team.id, rep.id, "me", "-1", "0", "500", "501", "true", "score", "improvement", "eyJ4IjoxfQ", "csv", "xlsx", "XLSX", "pdf", "") },
                { weight: 2, arbitrary: fc.constantFrom(...ODD_VALUES) },
                { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
              ),
            ]),
          ),
          { requiredKeys: [] },
        ),
        auth: fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...tokens).map((t) => `Bearer ${t}`) },
          { weight: 1, arbitrary: fc.constantFrom("", "Bearer", "Bearer ssib_nope", "Basic YTpi", `Bearer ${"x".repeat(5000)}`) },
        ),
        language: fc.oneof(fc.constantFrom("fr", "en", "de", "*", "fr-FR;q=x"), fc.string({ maxLength: 20 })),
        body,
      });

      let current = await fingerprint(db);
      let sent = 0;
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const method = r.wrongMethod ? r.method : (r.route.methods[r.own % r.route.methods.length] ?? "GET");
          let i = 0;
          const pathname = r.route.path.replace(/\[[a-z]+\]/g, () => encodeURIComponent(r.params[i++] ?? "x"));
          const search = new URLSearchParams(Object.entries(r.query) as [string, string][]).toString();
          const headers: Record<string, string> = { "accept-language": r.language.replace(/[^\x20-\x7e]/g, "") };
          if (r.auth) headers.authorization = r.auth;
          if (r.body) headers["content-type"] = r.body.type;
          // One fingerprint per request: the state after the last one is this one's "before".
          const before = current;
          const url = `${app.base}${pathname}${search ? `?${search}` : ""}`;
          // No body with these: fetch() will not send one, and Node's parser refuses one in a TRACE.
          const sendsBody = r.body && !["GET", "HEAD", "TRACE"].includes(method);
          // fetch() refuses to send TRACE: node:http does.
          const response =
            method === "TRACE"
              ? { status: await rawStatus(url, method, headers) }
              : await fetch(url, { method, headers, body: sendsBody ? r.body?.data : undefined }).catch((error: unknown) => ({ status: 0, error }));
          current = await fingerprint(db);
          sent++;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          expect(response.status, `${method} ${pathname}?${search}`).toBeGreaterThan(0);
          expect(response.status, `${method} ${pathname}?${search}`).toBeLessThan(500);
          if ("text" in response && method !== "HEAD" && (response.headers.get("content-type") ?? "").includes("application/json")) {
            // A refusal says why in words: never a message key the catalogue lacks.
            const answer = (await response.json()) as { error?: { message?: string; fields?: Record<string, string> } };
            const said = [answer.error?.message ?? "", ...Object.values(answer.error?.fields ?? {})];
            expect(said.filter((m) => /^(fieldErrors|api|actions)\./.test(m)), `${method} ${pathname}`).toEqual([]);
          } else if ("text" in response) await response.arrayBuffer();
          if (response.status >= 400) expect(changedTables(before, current), `${method} ${pathname} refused with ${response.status} but changed data`).toEqual([]);
        }),
        // The same 3,000 requests each run, so that a red run is red again on a rerun; FUZZ_SEED=<n> explores others.
        { numRuns: 3000, seed: SEED },
      );
      expect(sent).toBeGreaterThanOrEqual(3000);
      // Not only refusals: some requests did what they asked.
      expect([...statuses].filter(([s]) => s < 300).reduce((a, [, n]) => a + n, 0)).toBeGreaterThan(100);

      await fuzzPagesAndActions({ base: app.base, db, teamId: team.id, ids, seed: SEED }, { pageRuns: 600, actionRuns: 300 });
    } finally {
      await app.stop();
    }
  });
});
