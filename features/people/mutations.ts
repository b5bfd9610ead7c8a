import "server-only";
import { endCredentials } from "@/platform/auth/mutations";
import { credentialsEndOn, keepsAnAdmin, losesAnAdmin, managesTeams, type Standing } from "@/platform/auth/permissions";
import { recordEvent } from "@/platform/audit/mutations";
import { db } from "@/platform/db/prisma";
import type { Prisma } from "@/platform/db/generated/client";
import type { Month } from "@/platform/time/month";
import { issueInvitation, type IssuedInvitation } from "./invitation-mutations";
import { FIRST_MONTH, recordMembership } from "./membership-mutations";
import type { CreatePersonInput, UpdatePersonInput } from "./schema";
import { Invalid } from "@/platform/errors/domain-errors";

type Tx = Prisma.TransactionClient;

async function refuseTakenEmail(tx: Tx, email: string, except?: string): Promise<void> {
  const taken = await tx.user.findFirst({ where: { email, ...(except ? { id: { not: except } } : {}) }, select: { id: true } });
  if (taken) throw new Invalid({ email: { code: "email-taken" } });
}

/** A person's team and managed teams must exist and not be archived. */
async function refuseUnknownTeams(tx: Tx, field: string, teamIds: readonly (string | null)[]): Promise<void> {
  const ids = [...new Set(teamIds.filter((t): t is string => t !== null))];
  if (ids.length === 0) return;
  const count = await tx.team.count({ where: { id: { in: ids }, archivedAt: null } });
  if (count !== ids.length) throw new Invalid({ [field]: { code: "person-team-invalid" } });
}

/** Creates a person without a password and returns their invitation link (shown once). */
export async function createPerson(actorId: string, input: CreatePersonInput): Promise<{ id: string; invitation: IssuedInvitation }> {
  if (!managesTeams(input.role) && input.managedTeamIds.length > 0) {
    throw new Invalid({ managedTeamIds: { code: "managed-teams-manager-only" } });
  }
  return db().$transaction(async (tx) => {
    await refuseTakenEmail(tx, input.email);
    await refuseUnknownTeams(tx, "teamId", [input.teamId]);
    await refuseUnknownTeams(tx, "managedTeamIds", input.managedTeamIds);
    const user = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        teamId: input.teamId,
        passwordHash: "",
        managedTeams: { create: [...new Set(input.managedTeamIds)].map((teamId) => ({ teamId })) },
      },
      select: { id: true },
    });
    await recordMembership(tx, user.id, null, input.teamId, FIRST_MONTH);
    const invitation = await issueInvitation(tx, user.id, "invite", actorId);
    await recordEvent(tx, { kind: "user.create", actorId, details: { id: user.id, ...input } });
    return { id: user.id, invitation };
  });
}

/**
 * Locks every active admin (in one order, so two admins demoting each other
 * queue instead of deadlocking) and refuses to leave the company without one.
 */
async function keepAnAdmin(tx: Tx, userId: string, after: Standing, field: "role" | "active"): Promise<void> {
  const admins = await tx.$queryRaw<(Standing & { id: string })[]>`
    SELECT id, role, active FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (!keepsAnAdmin(admins, new Map([[userId, after]]))) throw new Invalid({ [field]: { code: "last-admin" } });
}

/**
 * Changes a person: name, email, role, team (from `month` on: past boards
 * keep the team of their month), managed teams, active or not. A change of
 * role or a deactivation ends their sessions, API tokens and unused links
 * (endCredentials); a reactivation brings none of them back.
 */
export async function updatePerson(actorId: string, input: UpdatePersonInput, month: Month): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, active: true } });
    if (!found) return false;
    const after = { role: input.role ?? found.role, active: input.active ?? found.active };
    if (losesAnAdmin(found, after)) await keepAnAdmin(tx, input.userId, after, input.active === false ? "active" : "role");
    const before = await tx.user.findUniqueOrThrow({
      where: { id: input.userId },
      select: { name: true, email: true, role: true, teamId: true, active: true, managedTeams: { select: { teamId: true } } },
    });
    const role = input.role ?? before.role;
    if (!managesTeams(role) && (input.managedTeamIds?.length ?? 0) > 0) {
      throw new Invalid({ managedTeamIds: { code: "managed-teams-manager-only" } });
    }
    if (input.email !== undefined) await refuseTakenEmail(tx, input.email, input.userId);
    if (input.teamId !== undefined && input.teamId !== before.teamId) await refuseUnknownTeams(tx, "teamId", [input.teamId]);
    if (input.managedTeamIds !== undefined) await refuseUnknownTeams(tx, "managedTeamIds", input.managedTeamIds);

    await tx.user.update({
      where: { id: input.userId },
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        teamId: input.teamId,
        active: input.active,
      },
    });
    const ended = credentialsEndOn(before, { role, active: input.active ?? before.active });
    if (ended) await endCredentials(tx, input.userId, ended);
    if (input.teamId !== undefined && input.teamId !== before.teamId) {
      await recordMembership(tx, input.userId, before.teamId, input.teamId, month);
    }
    if (input.managedTeamIds !== undefined || !managesTeams(role)) {
      await tx.teamManager.deleteMany({ where: { userId: input.userId } });
      const managed = managesTeams(role) ? [...new Set(input.managedTeamIds ?? before.managedTeams.map((m) => m.teamId))] : [];
      await tx.teamManager.createMany({ data: managed.map((teamId) => ({ teamId, userId: input.userId })) });
    }
    const { managedTeams, ...shown } = before;
    await recordEvent(tx, {
      kind: "user.update",
      actorId,
      month: input.teamId !== undefined && input.teamId !== before.teamId ? month : undefined,
      details: { id: input.userId, before: { ...shown, managedTeamIds: managedTeams.map((m) => m.teamId) }, after: withoutUndefined(input) },
    });
    return true;
  });
}

const withoutUndefined = (input: object) =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Prisma.InputJsonObject;

/**
 * A new link (shown once) to set a password: an invitation again for
 * someone who has none yet, else a reset, which makes the old password stop
 * working and ends their sessions and API tokens. Any earlier link stops working.
 */
export async function issuePasswordLink(actorId: string, userId: string): Promise<IssuedInvitation | null> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    if (!user) return null;
    // Someone whose password was reset and who has not chosen a new one yet gets a reset link again.
    const previous = await tx.invitation.findFirst({ where: { userId }, orderBy: { createdAt: "desc" }, select: { purpose: true } });
    const purpose = user.passwordHash !== "" || previous?.purpose === "reset" ? "reset" : "invite";
    if (purpose === "reset") {
      await tx.user.update({ where: { id: userId }, data: { passwordHash: "" } });
      await endCredentials(tx, userId, "password-reset");
    }
    const invitation = await issueInvitation(tx, userId, purpose, actorId);
    await recordEvent(tx, { kind: "user.invite", actorId, details: { id: userId, purpose } });
    return invitation;
  });
}
