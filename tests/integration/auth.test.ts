import { describe, expect, it } from "vitest";
import { authenticate } from "../../platform/auth/credentials";
import { TooManyAttempts } from "../../platform/errors/domain-errors";
import { THROTTLE } from "../../platform/auth/throttle";
import { decode, encode } from "next-auth/jwt";
import { renewedSessionCookie, SESSION_ABSOLUTE_S, SESSION_IDLE_S } from "../../platform/auth/cookie";
import { serverEnv } from "../../platform/config/env";
import { findSessionUser } from "../../platform/auth/data";
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

describe("findSessionUser (the per-request check)", () => {
  it("returns the user with fresh role and managed teams", async () => {
    const team = await createTeam();
    const manager = await createUser({ role: "MANAGER", teamId: team.id });
    const found = await findSessionUser(manager.id, 0);
    expect(found).toMatchObject({ id: manager.id, role: "MANAGER", teamId: team.id, managedTeamIds: [team.id] });
  });

  it("sees a role change at once", async () => {
    const user = await createUser({ role: "MANAGER" });
    await testDb().user.update({ where: { id: user.id }, data: { role: "REP" } });
    expect((await findSessionUser(user.id, 0))?.role).toBe("REP");
  });

  it("ends a deactivated user's session", async () => {
    const user = await createUser({});
    expect(await findSessionUser(user.id, 0)).not.toBeNull();
    await testDb().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await findSessionUser(user.id, 0)).toBeNull();
  });

  it("ends every older token once sessions are revoked (sign-out)", async () => {
    const user = await createUser({});
    await revokeSessions(user.id);
    expect(await findSessionUser(user.id, 0)).toBeNull();
    expect(await findSessionUser(user.id, 1)).not.toBeNull();
  });

  it("returns null for an unknown id", async () => {
    expect(await findSessionUser("no-such-user", 0)).toBeNull();
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

describe("session renewal (12 hours without activity end a session)", () => {
  const claims = { name: "Ann", email: "ann@test.example", sub: "u1", role: "REP" as const, sv: 0 };
  const secret = () => serverEnv().NEXTAUTH_SECRET;
  const now = () => Math.floor(Date.now() / 1000);

  it("is not renewed within 5 minutes of the last renewal", async () => {
    const value = await encode({ token: { ...claims, signedInAt: now() }, secret: secret(), maxAge: SESSION_IDLE_S });
    expect(await renewedSessionCookie(value, now() + 60)).toBeNull();
  });

  it("is renewed for another 12 hours after that, with the same claims and sign-in time", async () => {
    const signedInAt = now();
    const value = await encode({ token: { ...claims, signedInAt }, secret: secret(), maxAge: SESSION_IDLE_S });
    const renewed = await renewedSessionCookie(value, now() + 6 * 60);
    expect(renewed?.options.maxAge).toBe(SESSION_IDLE_S);
    const token = await decode({ token: renewed?.value, secret: secret() });
    expect(token).toMatchObject({ ...claims, signedInAt });
    expect((token?.exp as number) - now()).toBeGreaterThan(SESSION_IDLE_S - 60);
  });

  it("is never renewed past 30 days after signing in, nor when expired or forged", async () => {
    const longAgo = now() - SESSION_ABSOLUTE_S + 3600;
    const value = await encode({ token: { ...claims, signedInAt: longAgo }, secret: secret(), maxAge: SESSION_IDLE_S });
    expect((await renewedSessionCookie(value, now() + 6 * 60))?.options.maxAge).toBe(3600 - 6 * 60);
    expect(await renewedSessionCookie(value, now() + 2 * 3600)).toBeNull();
    const expired = await encode({ token: { ...claims, signedInAt: now() }, secret: secret(), maxAge: -60 });
    expect(await renewedSessionCookie(expired, now() + 6 * 60)).toBeNull();
    const forged = await encode({ token: { ...claims, signedInAt: now() }, secret: "not-the-secret-of-this-app-at-all", maxAge: SESSION_IDLE_S });
    expect(await renewedSessionCookie(forged, now() + 6 * 60)).toBeNull();
  });
});
