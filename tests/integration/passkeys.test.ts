// Passkeys against the real database, with a software authenticator
// (tests/helpers/software-authenticator.ts): the challenge is spent once, in
// time, for its purpose and person; a replayed answer, another site's, a
// counter that goes back or a key that did not verify its user are refused;
// deactivated people and "SSO only" are refused; recovery codes come with the
// first factor and go with the last.
import { randomInt } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "../../platform/auth/credentials";
import { findPendingSession, findSession } from "../../platform/auth/session-data";
import { Conflict, Invalid, NotFound } from "../../platform/errors/domain-errors";
import { openSession } from "../../features/identity/sign-in";
import { authenticationChallenge, signInWithPasskey, verifyPasskeySecondFactor } from "../../features/identity/passkeys";
import { addPasskey, removePasskey, saveChallenge, spendChallenge } from "../../features/identity/passkey-mutations";
import { credentialField, relyingPartyOf } from "../../features/identity/webauthn";
import { SSO_SECRET_LABEL } from "../../features/identity/sso-data";
import { createUser, sealForApp, testDb } from "../factories";
import { softwarePasskey } from "../helpers/software-authenticator";

// The SSO client secret is sealed with the app's key.
process.env.NEXTAUTH_SECRET ??= "integration-passkeys-secret-at-least-32-chars";

const rp = { id: "ssi.example.com", origin: "https://ssi.example.com" };
const at = { origin: rp.origin, rpId: rp.id };
// An address per test: the throttle's counters are per address too.
const contextOf = () => ({ address: `198.51.100.${randomInt(1, 255)}`, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36" });
const parse = (answer: unknown) => credentialField.parse(JSON.stringify(answer));

/** A person holding a passkey of `softwarePasskey`. */
async function withPasskey(options: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(options);
  const key = softwarePasskey();
  await addPasskey(user.id, { credentialId: key.credentialId, publicKey: key.publicKey, counter: 0n, transports: ["internal"] }, "Laptop", null);
  return { user, key };
}

const refusedWith = async (promise: Promise<unknown>, code: string) => {
  const caught = await promise.then(() => null, (e: unknown) => e);
  expect(caught).toBeInstanceOf(Invalid);
  expect((caught as Invalid).fields.passkey?.code).toBe(code);
};

afterEach(async () => {
  await testDb().appSettings.updateMany({ data: { ssoOnly: false, ssoIssuer: null, ssoClientId: null, ssoClientSecret: null } });
});

describe("the relying party", () => {
  it("is the page's host name, and nobody at a numeric address (browsers refuse WebAuthn there)", () => {
    const of = (values: Record<string, string>) => relyingPartyOf(new Headers(values));
    expect(of({ origin: "http://localhost:3000", host: "localhost:3000" })).toEqual({ id: "localhost", origin: "http://localhost:3000" });
    expect(of({ host: "ssi.example.com", "x-forwarded-proto": "https" })).toEqual({ id: "ssi.example.com", origin: "https://ssi.example.com" });
    expect(of({ origin: "http://127.0.0.1:3000" })).toBeNull();
    expect(of({ host: "[::1]:3000" })).toBeNull();
    expect(of({ origin: "not a url" })).toBeNull();
  });
});

describe("a browser's answer", () => {
  it("that is not JSON, or not shaped like a credential, is refused by the form's schema, never thrown past it", () => {
    for (const text of ["", "{", "[]", JSON.stringify({ id: "x" }), JSON.stringify({ id: "x", rawId: "x", type: "password", response: { clientDataJSON: "e30" } }), "x".repeat(30_000)]) {
      const parsed = credentialField.safeParse(text);
      expect(parsed.success, text.slice(0, 40)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("passkey-refused");
    }
  });
});

describe("challenges", () => {
  it("are spent once, within their time, for their purpose and person", async () => {
    const user = await createUser({});
    const now = new Date();
    await saveChallenge("challenge-a", "second-factor", user.id, now);
    expect(await spendChallenge("challenge-a", "sign-in", null, now)).toBe(false);
    expect(await spendChallenge("challenge-a", "second-factor", "someone-else", now)).toBe(false);
    expect(await spendChallenge("challenge-a", "second-factor", user.id, now)).toBe(true);
    expect(await spendChallenge("challenge-a", "second-factor", user.id, now)).toBe(false);
    await saveChallenge("challenge-b", "sign-in", null, now);
    expect(await spendChallenge("challenge-b", "sign-in", null, new Date(now.getTime() + 301_000))).toBe(false);
  });

  it("whose time is up are forgotten when the next one is handed out", async () => {
    const long = new Date(Date.now() - 3_600_000);
    await saveChallenge("challenge-old", "sign-in", null, long);
    await saveChallenge("challenge-new", "sign-in", null);
    expect(await testDb().webAuthnChallenge.count({ where: { challenge: "challenge-old" } })).toBe(0);
  });
});

describe("signing in with a passkey alone", () => {
  it("opens a signed-in session once; the same answer again is refused, and so is a counter that goes back", async () => {
    const { user, key } = await withPasskey();
    const context = contextOf();
    const options = await authenticationChallenge(rp, null);
    expect(options.userVerification).toBe("required");
    expect(options.allowCredentials ?? []).toEqual([]);
    const answer = parse(key.answer(options.challenge, at));
    const token = await signInWithPasskey(rp, answer, context);
    expect((await findSession(token))?.user.id).toBe(user.id);
    const stored = await testDb().passkey.findUniqueOrThrow({ where: { credentialId: key.credentialId } });
    expect(stored.counter).toBe(1n);
    expect(stored.lastUsedAt).not.toBeNull();

    await refusedWith(signInWithPasskey(rp, answer, context), "passkey-refused");
    const next = await authenticationChallenge(rp, null);
    await refusedWith(signInWithPasskey(rp, parse(key.answer(next.challenge, { ...at, counterStep: -1 })), context), "passkey-refused");
    const events = await testDb().auditEvent.findMany({ where: { actorId: user.id, kind: { startsWith: "security.sign-in" } }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.kind, e.reason])).toEqual([
      ["security.sign-in", null],
      ["security.sign-in-failed", "passkey-challenge"],
      ["security.sign-in-failed", "passkey-signature"],
    ]);
  });

  it("refuses another site's answer, a key that did not verify its user, and an unknown passkey", async () => {
    const { user, key } = await withPasskey();
    const context = contextOf();
    const elsewhere = await authenticationChallenge(rp, null);
    await refusedWith(signInWithPasskey(rp, parse(key.answer(elsewhere.challenge, { origin: "https://evil.example", rpId: rp.id })), context), "passkey-refused");
    const otherRp = await authenticationChallenge(rp, null);
    await refusedWith(signInWithPasskey(rp, parse(key.answer(otherRp.challenge, { origin: rp.origin, rpId: "evil.example" })), context), "passkey-refused");
    const unverified = await authenticationChallenge(rp, null);
    await refusedWith(signInWithPasskey(rp, parse(key.answer(unverified.challenge, { ...at, verified: false })), context), "passkey-refused");
    const stranger = softwarePasskey();
    const unknown = await authenticationChallenge(rp, null);
    await refusedWith(signInWithPasskey(rp, parse(stranger.answer(unknown.challenge, at)), context), "passkey-not-accepted");
    expect(await testDb().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a deactivated person, and anyone but the break-glass admin under SSO only", async () => {
    const { user, key } = await withPasskey();
    await testDb().user.update({ where: { id: user.id }, data: { active: false } });
    const first = await authenticationChallenge(rp, null);
    await refusedWith(signInWithPasskey(rp, parse(key.answer(first.challenge, at)), contextOf()), "passkey-not-accepted");
    expect((await testDb().auditEvent.findFirst({ where: { actorId: user.id, kind: "security.sign-in-failed" } }))?.reason).toBe("inactive");

    const rep = await withPasskey();
    const admin = await withPasskey({ role: "ADMIN" });
    const ssoOnly = { ssoOnly: true, ssoIssuer: "https://idp.example", ssoClientId: "ssi", ssoClientSecret: sealForApp(SSO_SECRET_LABEL, "secret"), ssoBreakGlassUserId: admin.user.id };
    await testDb().appSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...ssoOnly },
      update: ssoOnly,
    });
    const second = await authenticationChallenge(rp, null);
    await refusedWith(signInWithPasskey(rp, parse(rep.key.answer(second.challenge, at)), contextOf()), "passkey-sso-only");
    const third = await authenticationChallenge(rp, null);
    expect(await findSession(await signInWithPasskey(rp, parse(admin.key.answer(third.challenge, at)), contextOf()))).not.toBeNull();
  });
});

describe("a passkey as the second factor", () => {
  it("finishes a password sign-in with the person's own passkey only", async () => {
    const { user, key } = await withPasskey();
    const other = await withPasskey();
    const context = contextOf();
    const signedIn = await authenticate({ email: user.email, password: user.password }, context.address, context.userAgent);
    if (!signedIn) throw new Error("the password was refused");
    const { token, step } = await openSession(signedIn, "PASSWORD", context);
    expect(step).toBe("SECOND_FACTOR");
    const pending = await findPendingSession(token);
    if (!pending) throw new Error("no pending sign-in");
    const options = await authenticationChallenge(rp, user.id);
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([key.credentialId]);
    // Someone else's passkey answering this person's challenge.
    await refusedWith(verifyPasskeySecondFactor(rp, pending, parse(other.key.answer(options.challenge, at)), context), "passkey-refused");
    // A challenge handed out for a sign-in without password is not this one's.
    const loose = await authenticationChallenge(rp, null);
    await refusedWith(verifyPasskeySecondFactor(rp, pending, parse(key.answer(loose.challenge, at)), context), "passkey-refused");
    const right = await authenticationChallenge(rp, user.id);
    const full = await verifyPasskeySecondFactor(rp, pending, parse(key.answer(right.challenge, { ...at, verified: false })), context);
    expect((await findSession(full))?.user.id).toBe(user.id);
    expect(await findPendingSession(token)).toBeNull();
  });
});

describe("adding and removing passkeys", () => {
  it("gives recovery codes with the first factor only, refuses one stored twice, and takes the codes with the last", async () => {
    const user = await createUser({});
    const first = softwarePasskey();
    const second = softwarePasskey();
    const codes = await addPasskey(user.id, { credentialId: first.credentialId, publicKey: first.publicKey, counter: 0n, transports: [] }, "Laptop", null);
    expect(codes).toHaveLength(10);
    expect(await addPasskey(user.id, { credentialId: second.credentialId, publicKey: second.publicKey, counter: 0n, transports: [] }, "Phone", null)).toBeNull();
    await expect(addPasskey(user.id, { credentialId: second.credentialId, publicKey: second.publicKey, counter: 0n, transports: [] }, "Again", null)).rejects.toBeInstanceOf(Conflict);
    const [a, b] = (await testDb().passkey.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } })).map((p) => p.id);
    if (!a || !b) throw new Error("two passkeys were stored");
    const stranger = await createUser({});
    await expect(removePasskey(stranger.id, a, false, null)).rejects.toBeInstanceOf(NotFound);
    await removePasskey(user.id, a, true, null);
    await expect(removePasskey(user.id, b, true, null)).rejects.toBeInstanceOf(Conflict);
    expect(await testDb().recoveryCode.count({ where: { userId: user.id } })).toBe(10);
    await removePasskey(user.id, b, false, null);
    expect(await testDb().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});
