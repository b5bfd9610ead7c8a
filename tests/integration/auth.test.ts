import { describe, expect, it } from "vitest";
import { authenticate } from "../../platform/auth/credentials";
import { TooManyAttempts } from "../../platform/errors/domain-errors";
import { THROTTLE } from "../../platform/auth/throttle";
import { PENDING_S, SESSION_ABSOLUTE_S, SESSION_IDLE_S } from "../../platform/auth/cookie";
import { endSession, startSession } from "../../platform/auth/session-mutations";
import { findPendingSession, findSession } from "../../platform/auth/session-data";
import { revokeSessions } from "../../platform/auth/mutations";
import { createTeam, createUser, testDb } from "../factories";

describe("authenticate (sign-in)", () => {
  it("signs in with the right email and password, whatever the email's case", async () => {
    const user = await createUser({ email: "casey@test.example", password: "right-password" });
    const signedIn = await authenticate({ email: "  Casey@Test.Example ", password: "right-password" });
    expect(signedIn).toMatchObject({ id: user.id, role: "REP", sv: 0 });
  });

  it("refuses a wrong password, an unknown email and empty fields alike", async () => {
    await createUser({ email: "dana@test.example", password: "right-password" });
    expect(await authenticate({ email: "dana@test.example", password: "wrong-password" })).toBeNull();
    expect(await authenticate({ email: "nobody@test.example", password: "right-password" })).toBeNull();
    expect(await authenticate({ email: "", password: "" })).toBeNull();
    expect(await authenticate(undefined)).toBeNull();
  });

  it("refuses a deactivated account even with the right password", async () => {
    await createUser({ email: "gone@test.example", password: "right-password", active: false });
    expect(await authenticate({ email: "gone@test.example", password: "right-password" })).toBeNull();
  });
});

describe("findSession (the per-request check)", () => {
  const open = (user: { id: string }, sv = 0, now = new Date()) => startSession({ id: user.id, sv }, "PASSWORD", "SIGNED_IN", { address: "198.51.100.7", userAgent: "Test" }, now);

  it("returns the user with fresh role and managed teams", async () => {
    const team = await createTeam();
    const manager = await createUser({ role: "MANAGER", teamId: team.id });
    const found = await findSession(await open(manager));
    expect(found?.user).toMatchObject({ id: manager.id, role: "MANAGER", teamId: team.id, managedTeamIds: [team.id] });
  });

  it("sees a role change at once", async () => {
    const user = await createUser({ role: "MANAGER" });
    const token = await open(user);
    await testDb().user.update({ where: { id: user.id }, data: { role: "REP" } });
    expect((await findSession(token))?.user.role).toBe("REP");
  });

  it("ends a deactivated user's session", async () => {
    const user = await createUser({});
    const token = await open(user);
    expect(await findSession(token)).not.toBeNull();
    await testDb().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await findSession(token)).toBeNull();
  });

  it("ends every older session once all are revoked, and only the one ended otherwise", async () => {
    const user = await createUser({});
    const [a, b] = [await open(user), await open(user)];
    const sessionA = (await findSession(a))?.sessionId ?? "";
    expect(await endSession(user.id, sessionA)).toBe(true);
    expect(await findSession(a)).toBeNull();
    expect(await findSession(b)).not.toBeNull();
    await revokeSessions(user.id);
    expect(await findSession(b)).toBeNull();
    expect(await findSession(await open(user, 1))).not.toBeNull();
  });

  it("ends another person's session for no one: ending takes the owner's id", async () => {
    const [owner, other] = [await createUser({}), await createUser({})];
    const token = await open(owner);
    expect(await endSession(other.id, (await findSession(token))?.sessionId ?? "")).toBe(false);
    expect(await findSession(token)).not.toBeNull();
  });

  it("returns null for an unknown or pending token", async () => {
    expect(await findSession("ssis_nothing")).toBeNull();
    const user = await createUser({});
    const pending = await startSession({ id: user.id, sv: 0 }, "PASSWORD", "SECOND_FACTOR", { address: null, userAgent: null });
    expect(await findSession(pending)).toBeNull();
    expect((await findPendingSession(pending))?.user.id).toBe(user.id);
    expect(await findPendingSession(pending, new Date(Date.now() + (PENDING_S + 1) * 1000))).toBeNull();
  });
});

describe("password guessing", () => {
  const sleep = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));
  const row = (key: string) => testDb().signInThrottle.findUnique({ where: { key } });
  /** Lets the wait of `key` run out now, as if the time had passed. */
  const waitOver = (key: string) => testDb().signInThrottle.update({ where: { key }, data: { blockedUntil: new Date(Date.now() - 1000) } });
  const refusedFor = async (attempt: Promise<unknown>) => attempt.then(() => null, (error: unknown) => (error instanceof TooManyAttempts ? error.retryAfterS : Promise.reject(error)));

  it("checks at most a few of 40 guesses sent at once; the rest wait, and the owner gets in once the wait is over", async () => {
    const user = await createUser({ email: "burst@test.example", password: "right-password" });
    const attempts = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => authenticate({ email: "burst@test.example", password: `guess-${i}` }, `198.51.100.${i}`)),
    );
    const checked = attempts.filter((a) => a.status === "fulfilled");
    expect(checked.every((a) => a.value === null)).toBe(true);
    expect(checked.length).toBe(THROTTLE.account.free + 1);
    const waits = attempts.flatMap((a) => (a.status === "rejected" && a.reason instanceof TooManyAttempts ? [a.reason.retryAfterS] : []));
    expect(waits).toHaveLength(40 - checked.length);
    expect(Math.max(...waits)).toBeLessThanOrEqual(1);
    await sleep(Math.max(...waits));
    // From yet another address: an account is never locked, only slowed down.
    expect(await authenticate({ email: "burst@test.example", password: "right-password" }, "198.51.100.99")).toMatchObject({ id: user.id });
    expect(await row("account:burst@test.example")).toBeNull();
  });

  it("doubles an account's wait at each failure past the free ones, up to a minute, for unknown emails too", async () => {
    const key = "account:ghost@test.example";
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      expect(await authenticate({ email: "ghost@test.example", password: `guess-${i}` })).toBeNull();
      const counted = await row(key);
      if (!counted) throw new Error(`no count for ${key}`);
      const { blockedUntil, lastAttemptAt } = counted;
      waits.push(Math.round((blockedUntil.getTime() - lastAttemptAt.getTime()) / 1000));
      await waitOver(key);
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(await refusedFor(authenticate({ email: "ghost@test.example", password: "x" }))).toBeNull();
  });

  it("slows down one address trying many accounts (one password sprayed), not the others", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < THROTTLE.address.free + 1; i++) {
      expect(await authenticate({ email: `spray-${i}@test.example`, password: "Summer2026!" }, address)).toBeNull();
    }
    expect(await refusedFor(authenticate({ email: "spray-last@test.example", password: "Summer2026!" }, address))).toBe(1);
    const user = await createUser({ email: "elsewhere@test.example", password: "right-password" });
    expect(await authenticate({ email: "elsewhere@test.example", password: "right-password" }, "203.0.113.8")).toMatchObject({ id: user.id });
  });

  it("starts an account afresh after a success", async () => {
    const user = await createUser({ email: "typo@test.example", password: "right-password" });
    for (let i = 0; i < THROTTLE.account.free; i++) expect(await authenticate({ email: "typo@test.example", password: `typo-${i}` })).toBeNull();
    expect(await authenticate({ email: "typo@test.example", password: "right-password" })).toMatchObject({ id: user.id });
    for (let i = 0; i < THROTTLE.account.free; i++) expect(await authenticate({ email: "typo@test.example", password: `again-${i}` })).toBeNull();
    expect((await row("account:typo@test.example"))?.failures).toBe(THROTTLE.account.free);
  });

  it("keeps the counts in the database, where another app instance sees them", async () => {
    for (let i = 0; i <= THROTTLE.account.free; i++) await authenticate({ email: "shared@test.example", password: `guess-${i}` });
    // testDb() is a connection pool of its own, as another instance would have.
    const [other] = await testDb().$queryRaw<{ wait: number }[]>`
      SELECT "claimSignIn"(ARRAY['account:shared@test.example'], ARRAY[5], ARRAY[60], 3600) AS wait`;
    expect(other?.wait).toBeGreaterThan(0);
  });
});

describe("idle and absolute ends (12 hours without a request, 30 days after signing in)", () => {
  const at = (base: Date, s: number) => new Date(base.getTime() + s * 1000);

  it("keeps a session a request renews, and ends one left idle for 12 hours", async () => {
    const user = await createUser({});
    const start = new Date();
    const token = await startSession({ id: user.id, sv: 0 }, "PASSWORD", "SIGNED_IN", { address: null, userAgent: null }, start);
    // A request 11 hours in is seen, and counts as activity…
    expect(await findSession(token, at(start, 11 * 3600))).not.toBeNull();
    expect((await testDb().session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt).toEqual(at(start, 11 * 3600));
    // …so 22 hours in, it still holds; 12 hours after that last request, it does not.
    expect(await findSession(token, at(start, 22 * 3600))).not.toBeNull();
    expect(await findSession(token, at(start, 22 * 3600 + SESSION_IDLE_S + 1))).toBeNull();
  });

  it("writes last seen at most once a minute", async () => {
    const user = await createUser({});
    const start = new Date();
    const token = await startSession({ id: user.id, sv: 0 }, "PASSWORD", "SIGNED_IN", { address: null, userAgent: null }, start);
    await findSession(token, at(start, 30));
    expect((await testDb().session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt).toEqual(start);
    await findSession(token, at(start, 61));
    expect((await testDb().session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt).toEqual(at(start, 61));
  });

  it("ends a session 30 days after signing in, however active", async () => {
    const user = await createUser({});
    const start = new Date();
    const token = await startSession({ id: user.id, sv: 0 }, "PASSWORD", "SIGNED_IN", { address: null, userAgent: null }, start);
    for (let hours = 10; hours < SESSION_ABSOLUTE_S / 3600; hours += 10) expect(await findSession(token, at(start, hours * 3600))).not.toBeNull();
    expect(await findSession(token, at(start, SESSION_ABSOLUTE_S + 1))).toBeNull();
  });

  it("stores only the token's hash", async () => {
    const user = await createUser({});
    const token = await startSession({ id: user.id, sv: 0 }, "PASSWORD", "SIGNED_IN", { address: null, userAgent: null });
    const row = await testDb().session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
  });
});
