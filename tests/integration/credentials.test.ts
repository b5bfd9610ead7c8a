// Issue 29, finding 2: what ends a person's sessions ends their API tokens
// and their unused links too, and bringing the person back brings none back.
import { describe, expect, it } from "vitest";
import { acceptInvitation, changeOwnPassword } from "../../features/account/mutations";
import { findOpenInvitation } from "../../features/account/data";
import { findTokenUser } from "../../platform/auth/token-data";
import { revokeToken } from "../../features/account/token-mutations";
import { createPerson, issuePasswordLink, updatePerson } from "../../features/people/mutations";
import { createApiToken, createTeam, createUser, testDb } from "../factories";

const MONTH = "2026-11";
const NEW_PASSWORD = "a brand new passphrase";
const secretOf = (path: string | undefined) => (path ?? "").replace("/invite/", "");
const whyRevoked = async (id: string) => (await testDb().apiToken.findUniqueOrThrow({ where: { id } })).revokedReason;
const sessionVersion = async (id: string) => (await testDb().user.findUniqueOrThrow({ where: { id } })).sessionVersion;

async function invited(adminId: string) {
  const { id, invitation } = await createPerson(adminId, { name: "Invited", email: `invited-${Date.now()}-${Math.random()}@test.example`, role: "REP", teamId: null, managedTeamIds: [] });
  return { id, link: secretOf(invitation.path) };
}

describe("a password change", () => {
  it("revokes the person's API tokens, saying why, and keeps only the new session", async () => {
    const rep = await createUser();
    const token = await createApiToken(rep.id);
    expect(await findTokenUser(token.token)).not.toBeNull();
    const signedIn = await changeOwnPassword(rep.id, rep.password, NEW_PASSWORD);
    expect(await findTokenUser(token.token)).toBeNull();
    expect(await whyRevoked(token.id)).toBe("password-changed");
    expect(signedIn.sv).toBe(await sessionVersion(rep.id));
  });
});

describe("a password reset by an admin", () => {
  it("revokes the person's API tokens, saying why", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser();
    const token = await createApiToken(rep.id);
    await issuePasswordLink(admin.id, rep.id);
    expect(await findTokenUser(token.token)).toBeNull();
    expect(await whyRevoked(token.id)).toBe("password-reset");
  });
});

describe("a role change", () => {
  it("revokes the person's API tokens and their pending invitation link", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const manager = await createUser({ role: "MANAGER" });
    const token = await createApiToken(manager.id);
    await updatePerson(admin.id, { userId: manager.id, role: "REP" }, MONTH);
    expect(await findTokenUser(token.token)).toBeNull();
    expect(await whyRevoked(token.id)).toBe("role-changed");

    const newcomer = await invited(admin.id);
    await updatePerson(admin.id, { userId: newcomer.id, role: "MANAGER" }, MONTH);
    expect(await findOpenInvitation(newcomer.link)).toBeNull();
  });

  it("a change of name or team ends nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser();
    const token = await createApiToken(rep.id);
    const newcomer = await invited(admin.id);
    await updatePerson(admin.id, { userId: rep.id, name: "Renamed", teamId: (await createTeam()).id }, MONTH);
    await updatePerson(admin.id, { userId: newcomer.id, name: "Renamed too" }, MONTH);
    expect(await findTokenUser(token.token)).not.toBeNull();
    expect(await findOpenInvitation(newcomer.link)).not.toBeNull();
  });
});

describe("a deactivation", () => {
  it("revokes the person's API tokens for good: reactivating them brings none back", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser();
    const token = await createApiToken(rep.id);
    await updatePerson(admin.id, { userId: rep.id, active: false }, MONTH);
    expect(await findTokenUser(token.token)).toBeNull();
    await updatePerson(admin.id, { userId: rep.id, active: true }, MONTH);
    expect(await findTokenUser(token.token)).toBeNull();
    expect(await whyRevoked(token.id)).toBe("deactivated");
  });

  it("ends a reset link issued before it: the link stays dead after reactivation", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser();
    const link = secretOf((await issuePasswordLink(admin.id, rep.id))?.path);
    expect(await findOpenInvitation(link)).toMatchObject({ purpose: "reset" });
    await updatePerson(admin.id, { userId: rep.id, active: false }, MONTH);
    await updatePerson(admin.id, { userId: rep.id, active: true }, MONTH);
    expect(await findOpenInvitation(link)).toBeNull();
    await expect(acceptInvitation(link, NEW_PASSWORD)).rejects.toMatchObject({ reason: "invitation-invalid" });
  });

  it("ends a pending invitation link the same way", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const newcomer = await invited(admin.id);
    await updatePerson(admin.id, { userId: newcomer.id, active: false }, MONTH);
    await updatePerson(admin.id, { userId: newcomer.id, active: true }, MONTH);
    await expect(acceptInvitation(newcomer.link, NEW_PASSWORD)).rejects.toMatchObject({ reason: "invitation-invalid" });
  });
});

describe("a token its owner revokes", () => {
  it("says the owner revoked it, and a later event does not rewrite why", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const rep = await createUser();
    const token = await createApiToken(rep.id);
    expect(await revokeToken(rep.id, token.id)).toBe(true);
    await updatePerson(admin.id, { userId: rep.id, active: false }, MONTH);
    expect(await whyRevoked(token.id)).toBe("owner");
  });
});
