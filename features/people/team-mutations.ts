import "server-only";
import { recordEvent } from "@/platform/audit/mutations";
import { db } from "@/platform/db/prisma";
import type { Prisma } from "@/platform/db/generated/client";
import type { CreateTeamInput, UpdateTeamInput } from "./team-schema";
import { Invalid } from "@/platform/errors/domain-errors";

type Tx = Prisma.TransactionClient;

/** Team names are unique whatever their case: "north" and "North" would be one team on a wall. */
async function refuseTakenName(tx: Tx, name: string, except?: string): Promise<void> {
  const taken = await tx.team.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  });
  if (taken) throw new Invalid({ name: { code: "team-name-taken" } });
}

/** Managers of a team must be active managers. */
async function refuseNonManagers(tx: Tx, managerIds: readonly string[]): Promise<void> {
  const count = await tx.user.count({ where: { id: { in: [...managerIds] }, role: "MANAGER", active: true } });
  if (count !== new Set(managerIds).size) throw new Invalid({ managerIds: { code: "manager-invalid" } });
}

/** Creates a team with its managers. */
export async function createTeam(actorId: string, input: CreateTeamInput): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    await refuseTakenName(tx, input.name);
    await refuseNonManagers(tx, input.managerIds);
    const team = await tx.team.create({
      data: { name: input.name, managers: { create: [...new Set(input.managerIds)].map((userId) => ({ userId })) } },
      select: { id: true },
    });
    await recordEvent(tx, { kind: "team.create", actorId, details: { id: team.id, name: input.name, managerIds: input.managerIds } });
    return team;
  });
}

/**
 * Renames a team, sets its managers, archives or restores it. A team with
 * active members cannot be archived: its reps would vanish from every board.
 * Archiving revokes the team's wall links for good (restoring it brings none
 * back): a TV left on in a closed office must not go on showing names.
 */
export async function updateTeam(actorId: string, input: UpdateTeamInput): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { name: true, archivedAt: true } });
    if (!team) return false;
    if (input.name !== undefined) await refuseTakenName(tx, input.name, input.teamId);
    if (input.managerIds !== undefined) await refuseNonManagers(tx, input.managerIds);
    const archiving = input.archived === true && team.archivedAt === null;
    if (archiving) {
      const members = await tx.user.count({ where: { teamId: input.teamId, active: true } });
      if (members > 0) throw new Invalid({ archived: { code: "team-has-members", params: { count: String(members) } } });
    }
    const archivedAt = input.archived === undefined ? undefined : input.archived ? (team.archivedAt ?? new Date()) : null;
    await tx.team.update({ where: { id: input.teamId }, data: { name: input.name, archivedAt } });
    const revoked = archiving ? (await tx.wallLink.updateMany({ where: { teamId: input.teamId, revokedAt: null }, data: { revokedAt: new Date() } })).count : 0;
    if (input.managerIds !== undefined) {
      await tx.teamManager.deleteMany({ where: { teamId: input.teamId } });
      await tx.teamManager.createMany({ data: [...new Set(input.managerIds)].map((userId) => ({ teamId: input.teamId, userId })) });
    }
    await recordEvent(tx, {
      kind: "team.update",
      actorId,
      details: { id: input.teamId, before: { name: team.name, archived: team.archivedAt !== null }, ...changes(input), ...(revoked > 0 ? { wallLinksRevoked: revoked } : {}) },
    });
    return true;
  });
}

const changes = ({ teamId: _id, ...rest }: UpdateTeamInput) =>
  Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Prisma.InputJsonObject;
