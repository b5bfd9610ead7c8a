import "server-only";
import { Prisma } from "@/platform/db/generated/client";
import { preparedQuery } from "@/platform/db/prepared";
import type { Role } from "@/platform/auth/permissions";

export interface RepProfile {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  teamId: string | null;
  teamName: string | null;
}

/**
 * One user's public profile, or null when there is no such user. Read on
 * every rep page and every score write, hence a prepared statement
 * (platform/db/prepared.ts).
 */
export async function findRepProfile(id: string): Promise<RepProfile | null> {
  const [user] = await preparedQuery<RepProfile>(Prisma.sql`
    SELECT u.id, u.name, u.role::text AS role, u.active, u."teamId", t.name AS "teamName"
    FROM "User" u LEFT JOIN "Team" t ON t.id = u."teamId"
    WHERE u.id = ${id}`);
  return user ?? null;
}
