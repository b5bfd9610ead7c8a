// The API's limits per minute, through the real route handler and PostgreSQL:
// N parallel requests let exactly the limit through, the answers carry the
// draft's headers, a refusal is a 429 with Retry-After in the caller's
// language, and each token and kind counts on its own.
import { describe, expect, it } from "vitest";
import { countRequest } from "../../platform/http/rate-limit-mutations";
import { DEFAULT_LIMITS, windowAt } from "../../platform/http/rate-limit";
import { createApiToken, createUser, testDb } from "../factories";

const me = async () => (await import("../../app/api/v1/me/route")).GET;
const request = (token: string, init: RequestInit & { path?: string } = {}) =>
  new Request(`http://app.test${init.path ?? "/api/v1/me"}`, { ...init, headers: { authorization: `Bearer ${token}`, "accept-language": "fr" } });

describe("API rate limits", () => {
  it("let exactly the limit of parallel reads through, then answer 429 with Retry-After and the RateLimit headers", async () => {
    const rep = await createUser({});
    const { token } = await createApiToken(rep.id);
    const GET = await me();
    // The whole burst in one minute: a burst across a minute's end would count in two windows.
    const { resetS } = windowAt(new Date());
    if (resetS < 10) await new Promise((resolve) => setTimeout(resolve, resetS * 1000 + 200));
    const over = 25;
    const answers = await Promise.all(Array.from({ length: DEFAULT_LIMITS.read + over }, () => GET(request(token), undefined as never)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(DEFAULT_LIMITS.read);
    expect(statuses.filter((status) => status === 429)).toHaveLength(over);

    const refused = answers.find((answer) => answer.status === 429);
    const body = (await refused?.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate-limited");
    expect(body.error.message).toMatch(/^Trop de requêtes/);
    const retryAfter = Number(refused?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused?.headers.get("ratelimit-policy")).toBe(`"read";q=${DEFAULT_LIMITS.read};w=60`);
    expect(refused?.headers.get("ratelimit")).toBe(`"read";r=0;t=${retryAfter}`);
    // An accepted answer says what is left.
    const remaining = answers.filter((answer) => answer.status === 200).map((answer) => Number(/r=(\d+)/.exec(answer.headers.get("ratelimit") ?? "")?.[1]));
    expect(remaining.sort((a, b) => a - b)).toEqual(Array.from({ length: DEFAULT_LIMITS.read }, (_, i) => i));
  });

  it("count each token, and each kind, on its own; writes are held tighter than reads", async () => {
    const rep = await createUser({});
    const first = await createApiToken(rep.id);
    const second = await createApiToken(rep.id);
    expect(DEFAULT_LIMITS.write).toBeLessThan(DEFAULT_LIMITS.read);
    expect(DEFAULT_LIMITS.import).toBeLessThan(DEFAULT_LIMITS.write);
    const now = new Date();
    const writes = await Promise.all(
      Array.from({ length: DEFAULT_LIMITS.write + 5 }, () => countRequest(new Request("http://app.test/api/v1/scores", { method: "POST" }), `token:${first.id}`, now)),
    );
    expect(writes.filter((state) => state.count <= state.limit)).toHaveLength(DEFAULT_LIMITS.write);
    expect(writes.every((state) => state.kind === "write" && state.limit === DEFAULT_LIMITS.write)).toBe(true);
    // The same token's reads, and the other token, are untouched.
    expect((await countRequest(new Request("http://app.test/api/v1/me"), `token:${first.id}`, now)).count).toBe(1);
    expect((await countRequest(new Request("http://app.test/api/v1/scores", { method: "POST" }), `token:${second.id}`, now)).count).toBe(1);
    const imports = await countRequest(new Request("http://app.test/api/v1/imports/scores", { method: "POST" }), `token:${first.id}`, now);
    expect([imports.kind, imports.limit, imports.count]).toEqual(["import", DEFAULT_LIMITS.import, 1]);
  });

  it("start again in the next minute, and leave no past window behind", async () => {
    const rep = await createUser({});
    const { id } = await createApiToken(rep.id);
    const caller = `token:${id}`;
    const read = () => new Request("http://app.test/api/v1/me");
    const minute = new Date("2026-11-30T23:59:30.000Z");
    for (let i = 0; i < 3; i++) await countRequest(read(), caller, minute);
    expect(windowAt(minute).resetS).toBe(30);
    const next = new Date("2026-12-01T00:00:05.000Z");
    const state = await countRequest(read(), caller, next);
    expect([state.count, state.resetS]).toEqual([1, 55]);
    const past = await testDb().apiRateWindow.count({ where: { windowStart: { lt: windowAt(next).start } } });
    expect(past).toBe(0);
  });
});
