import { describe, expect, it } from "vitest";
import { authenticate, MAX_FAILURES, TooManyAttemptsError } from "../../lib/auth/credentials";
import { findSessionUser } from "../../lib/auth/data";
import { revokeSessions } from "../../lib/auth/mutations";
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
  it("locks an email after 10 failures in 15 minutes, known or not, then lets it in again", async () => {
    await createUser({ email: "target@test.example", password: "right-password" });
    const now = new Date("2026-11-25T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authenticate({ email: "target@test.example", password: `guess-${i}` }, now)).toBeNull();
      expect(await authenticate({ email: "ghost@test.example", password: `guess-${i}` }, now)).toBeNull();
    }
    await expect(authenticate({ email: "target@test.example", password: "right-password" }, now)).rejects.toThrow(TooManyAttemptsError);
    await expect(authenticate({ email: "ghost@test.example", password: "x" }, now)).rejects.toThrow(TooManyAttemptsError);
    // Another email is not affected.
    await createUser({ email: "other@test.example", password: "right-password" });
    expect(await authenticate({ email: "other@test.example", password: "right-password" }, now)).not.toBeNull();
  });

  it("counts only the failures of the last 15 minutes, and a success clears them", async () => {
    const user = await createUser({ email: "slow@test.example", password: "right-password" });
    await testDb().signInFailure.createMany({
      data: Array.from({ length: 12 }, () => ({ email: "slow@test.example", createdAt: new Date(Date.now() - 16 * 60 * 1000) })),
    });
    expect(await authenticate({ email: "slow@test.example", password: "right-password" })).toMatchObject({ id: user.id });
    expect(await testDb().signInFailure.count({ where: { email: "slow@test.example" } })).toBe(0);
  });
});
