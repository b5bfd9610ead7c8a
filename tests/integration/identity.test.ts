// Two-factor sign-in and the security log, against the real database: the
// authenticator app with a clock under the test's control, recovery codes,
// the admin's reset and policy, and what the log keeps (and never keeps).
import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "../../platform/auth/credentials";
import { findPendingSession, findSession } from "../../platform/auth/session-data";
import { pruneSecurityEvents } from "../../platform/auth/security-mutations";
import { THROTTLE } from "../../platform/auth/throttle";
import { Invalid, TooManyAttempts } from "../../platform/errors/domain-errors";
import { beginTotp, confirmTotp, removeTotp, resetSecondFactor, spendSecondFactorCode } from "../../features/identity/mutations";
import { openSession, verifySecondFactor } from "../../features/identity/sign-in";
import { pruneSecurityRecords } from "../../features/identity/queue";
import { totpCode } from "../../features/identity/totp";
import { createUser, testDb } from "../factories";
import { sessionUserOf } from "./session-user";
import { runQuery } from "../../platform/http/query";
import { Forbidden } from "../../platform/errors/domain-errors";
import { securitySettingsQuery } from "../../features/identity/queries";

const context = { address: "198.51.100.20", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36" };
const T0 = new Date("2026-12-03T09:00:05Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const events = (userId: string) => testDb().auditEvent.findMany({ where: { kind: { startsWith: "security." }, actorId: userId }, orderBy: { createdAt: "asc" } });
const setPolicy = (twoFactorPolicy: "NOBODY" | "ADMINS" | "MANAGERS" | "EVERYONE") =>
  testDb().appSettings.upsert({ where: { id: 1 }, create: { id: 1, twoFactorPolicy }, update: { twoFactorPolicy } });

/** A person with a confirmed authenticator app; its secret and recovery codes. */
async function enrolled(options: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(options);
  const secret = await beginTotp(user.id);
  const codes = await confirmTotp(user.id, totpCode(secret, T0), context, T0);
  return { user, secret, codes };
}

async function pendingFor(user: { id: string; email: string; password: string }) {
  const signedIn = await authenticate({ email: user.email, password: user.password }, context.address, context.userAgent);
  if (!signedIn) throw new Error("the password was refused");
  const { token, step } = await openSession(signedIn, "PASSWORD", context);
  return { token, step, pending: await findPendingSession(token) };
}

afterEach(async () => {
  await setPolicy("NOBODY");
  await testDb().signInThrottle.deleteMany({});
});

describe("enrolling an authenticator app", () => {
  it("is no factor until a code confirms it; then gives ten recovery codes, stored hashed", async () => {
    const user = await createUser();
    const secret = await beginTotp(user.id);
    const row = await testDb().totpFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.confirmedAt).toBeNull();
    expect(row.secretSealed).not.toContain(secret);
    await expect(confirmTotp(user.id, "000000", context, T0)).rejects.toBeInstanceOf(Invalid);
    const codes = await confirmTotp(user.id, totpCode(secret, T0), context, T0);
    expect(codes).toHaveLength(10);
    const stored = await testDb().recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code.replace("-", ""));
    await expect(beginTotp(user.id)).rejects.toMatchObject({ reason: "factor-exists" });
    expect((await events(user.id)).map((e) => (e.details as { change?: string }).change)).toContain("totp-added");
  });
});

describe("signing in with a second factor", () => {
  it("takes the password to a pending session that opens nothing, then the app's code to a real one", async () => {
    const { user, secret } = await enrolled();
    const { token, step, pending } = await pendingFor(user);
    expect(step).toBe("SECOND_FACTOR");
    expect(await findSession(token)).toBeNull();
    if (!pending) throw new Error("no pending session");
    const signedIn = await verifySecondFactor(pending, totpCode(secret, new Date()), context);
    expect((await findSession(signedIn))?.user.id).toBe(user.id);
    // The pending token is dead once used.
    expect(await findPendingSession(token)).toBeNull();
    const kinds = (await events(user.id)).map((e) => [e.kind, (e.details as { secondFactor?: string }).secondFactor ?? null]);
    expect(kinds).toContainEqual(["security.sign-in", "totp"]);
  });

  it("accepts a code within one step either side, and each step's code only once, even raced", async () => {
    const { user, secret } = await enrolled();
    expect(await spendSecondFactorCode(user.id, totpCode(secret, later(60)), later(90))).toBe("totp");
    expect(await spendSecondFactorCode(user.id, totpCode(secret, later(60)), later(90))).toBeNull();
    // An older step than the last used is refused too, though within the window.
    expect(await spendSecondFactorCode(user.id, totpCode(secret, later(30)), later(60))).toBeNull();
    expect(await spendSecondFactorCode(user.id, totpCode(secret, later(150)), later(120))).toBe("totp");
    expect(await spendSecondFactorCode(user.id, totpCode(secret, later(300)), later(240))).toBeNull();
    const code = totpCode(secret, later(600));
    const raced = await Promise.all([1, 2, 3].map(() => spendSecondFactorCode(user.id, code, later(600))));
    expect(raced.filter((r) => r === "totp")).toHaveLength(1);
  });

  it("takes each recovery code once, in any case or spacing", async () => {
    const { user, codes } = await enrolled();
    const [first = "", second = ""] = codes;
    expect(await spendSecondFactorCode(user.id, first.toUpperCase().replace("-", " "))).toBe("recovery");
    expect(await spendSecondFactorCode(user.id, first)).toBeNull();
    expect(await spendSecondFactorCode(user.id, second)).toBe("recovery");
    expect(await testDb().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(8);
  });

  it("counts wrong codes on the password's counters: after the free ones, even the right code waits", async () => {
    const { user, secret } = await enrolled();
    const { pending } = await pendingFor(user);
    if (!pending) throw new Error("no pending session");
    for (let i = 0; i < THROTTLE.account.free; i++) await expect(verifySecondFactor(pending, "000000", context)).rejects.toBeInstanceOf(Invalid);
    await expect(verifySecondFactor(pending, "000000", context)).rejects.toBeInstanceOf(Invalid);
    await expect(verifySecondFactor(pending, totpCode(secret, new Date()), context)).rejects.toBeInstanceOf(TooManyAttempts);
    const kinds = (await events(user.id)).map((e) => e.kind);
    expect(kinds).toContain("security.sign-in-throttled");
    expect(kinds.filter((k) => k === "security.sign-in-failed").length).toBeGreaterThanOrEqual(THROTTLE.account.free);
  });
});

describe("the company's rule and the admin's reset", () => {
  it("sends an admin without a factor to enrolment when admins must have one, and not a rep", async () => {
    await setPolicy("ADMINS");
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser();
    expect((await pendingFor(admin)).step).toBe("ENROL");
    const repSignIn = await pendingFor(rep);
    expect(repSignIn.step).toBe("SIGNED_IN");
    expect(await findSession(repSignIn.token)).not.toBeNull();
  });

  it("refuses removing the last factor when one is required", async () => {
    await setPolicy("EVERYONE");
    const { user } = await enrolled();
    await expect(removeTotp(user.id, true, context)).rejects.toMatchObject({ reason: "factor-required" });
    await removeTotp(user.id, false, context);
    expect(await testDb().totpFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await testDb().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });

  it("removes every factor on an admin's reset, recorded with both people, and asks the person to enrol again", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const { user, codes } = await enrolled();
    await resetSecondFactor(admin.id, user.id, context);
    expect(await spendSecondFactorCode(user.id, codes[0] ?? "")).toBeNull();
    expect((await pendingFor(user)).step).toBe("ENROL");
    const reset = await testDb().auditEvent.findFirstOrThrow({ where: { kind: "security.factor", actorId: admin.id } });
    expect(reset.details).toMatchObject({ id: user.id, change: "reset-by-admin", address: context.address });
  });
});

describe("the security log", () => {
  it("records failed sign-ins with their reason and the email as typed, never the password", async () => {
    const user = await createUser();
    const typed = `nobody-${Date.now()}@test.example`;
    await authenticate({ email: typed, password: "the-password-tried" }, context.address, context.userAgent);
    await authenticate({ email: user.email, password: "another-password-tried" }, context.address, context.userAgent);
    const rows = await testDb().auditEvent.findMany({ where: { kind: "security.sign-in-failed", OR: [{ actorId: user.id }, { details: { path: ["email"], equals: typed } }] } });
    expect(rows.map((r) => r.reason).sort()).toEqual(["unknown-email", "wrong-password"]);
    expect(rows.find((r) => r.reason === "unknown-email")?.details).toMatchObject({ email: typed, address: context.address, userAgent: context.userAgent });
    expect(JSON.stringify(rows)).not.toMatch(/password-tried/);
  });

  it("records a refused authorization with what was asked, and who asked", async () => {
    const rep = await sessionUserOf((await createUser()).id);
    if (!rep) throw new Error("no session");
    await expect(runQuery(rep, securitySettingsQuery, {})).rejects.toBeInstanceOf(Forbidden);
    const refused = await testDb().auditEvent.findFirstOrThrow({ where: { kind: "security.refused", actorId: rep.id } });
    expect(refused.details).toMatchObject({ id: rep.id, action: "administer" });
  });

  it("keeps a second factor's code out of the log", async () => {
    const { user, secret } = await enrolled();
    const { pending } = await pendingFor(user);
    if (!pending) throw new Error("no pending session");
    const code = totpCode(secret, new Date());
    await verifySecondFactor(pending, code, context);
    expect(JSON.stringify(await events(user.id))).not.toContain(code);
  });

  it("deletes security events past the retention, and no other audit event", async () => {
    const user = await createUser();
    const old = new Date(Date.now() - 200 * 86_400_000);
    await testDb().auditEvent.create({ data: { kind: "security.sign-in", actorId: user.id, createdAt: old } });
    await testDb().auditEvent.create({ data: { kind: "user.update", actorId: user.id, createdAt: old } });
    await testDb().auditEvent.create({ data: { kind: "security.sign-in", actorId: user.id, createdAt: new Date(Date.now() - 100 * 86_400_000) } });
    await testDb().appSettings.upsert({ where: { id: 1 }, create: { id: 1, securityRetentionDays: 180 }, update: { securityRetentionDays: 180 } });
    expect((await pruneSecurityRecords()).events).toBeGreaterThanOrEqual(1);
    const left = await testDb().auditEvent.findMany({ where: { actorId: user.id } });
    expect(left.map((e) => e.kind).sort()).toEqual(["security.sign-in", "user.update"]);
    expect(await pruneSecurityEvents(90)).toBeGreaterThanOrEqual(1);
    expect((await testDb().auditEvent.findMany({ where: { actorId: user.id } })).map((e) => e.kind)).toEqual(["user.update"]);
  });
});
