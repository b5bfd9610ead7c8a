import "server-only";
import { db } from "../db/prisma";
import type { Role } from "../auth/permissions";

export interface RepProfile {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  teamId: string | null;
  teamName: string | null;
}

/** One user's public profile, or null when there is no such user. */
export async function findRepProfile(id: string): Promise<RepProfile | null> {
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, name: true, role: true, active: true, teamId: true, team: { select: { name: true } } },
  });
  if (!user) return null;
  return { ...user, teamName: user.team?.name ?? null };
}
