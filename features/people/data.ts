import "server-only";
import { db } from "@/platform/db/prisma";
import type { Role } from "@/platform/auth/permissions";

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  team: { id: string; name: string } | null;
  managedTeams: { id: string; name: string }[];
  /** false until they set a password through their invitation link. */
  hasPassword: boolean;
  /** When their latest unused link stops working, or null. */
  linkExpiresAt: string | null;
}

const columns = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  passwordHash: true,
  team: { select: { id: true, name: true } },
  managedTeams: { select: { team: { select: { id: true, name: true } } }, orderBy: { team: { name: "asc" as const } } },
  invitations: { where: { usedAt: null }, orderBy: { expiresAt: "desc" as const }, take: 1, select: { expiresAt: true } },
} as const;

type Row = { passwordHash: string; managedTeams: { team: { id: string; name: string } }[]; invitations: { expiresAt: Date }[] } & Omit<PersonRow, "hasPassword" | "managedTeams" | "linkExpiresAt">;

function toPerson({ passwordHash, managedTeams, invitations, ...row }: Row): PersonRow {
  return {
    ...row,
    hasPassword: passwordHash !== "",
    managedTeams: managedTeams.map((m) => m.team),
    linkExpiresAt: invitations[0]?.expiresAt.toISOString() ?? null,
  };
}

/** Everyone, by name: the admin's people page and the API. */
export async function listPeople(filter: { q?: string; teamId?: string; role?: Role; active?: boolean } = {}): Promise<PersonRow[]> {
  const rows = await db().user.findMany({
    where: {
      ...(filter.q ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { email: { contains: filter.q.toLowerCase() } }] } : {}),
      ...(filter.teamId ? { teamId: filter.teamId } : {}),
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.active === undefined ? {} : { active: filter.active }),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: columns,
  });
  return rows.map(toPerson);
}

/** One person, or null. */
export async function findPerson(id: string): Promise<PersonRow | null> {
  const row = await db().user.findUnique({ where: { id }, select: columns });
  return row ? toPerson(row) : null;
}
