// Who sits in which team in a month, as SQL for other reads to embed: the
// boards and a rep's rank in their team ask it the same way.
import "server-only";
import { Prisma } from "@/platform/db/generated/client";
import { firstDay, type Month } from "@/platform/time/month";

/**
 * The people of `teamId` in `month` (a list of user ids): those whose latest
 * membership from `month` or before is this team, and those with no
 * membership recorded whose current team it is. Served by the indexes on
 * TeamMembership(teamId) and User(teamId): its cost follows the team's size,
 * not the company's.
 */
export function teamMembersSql(teamId: string, month: Month): Prisma.Sql {
  return Prisma.sql`
    SELECT m."userId" FROM "TeamMembership" m
    WHERE m."teamId" = ${teamId} AND m."fromMonth" <= ${firstDay(month)}::date
      AND NOT EXISTS (
        SELECT 1 FROM "TeamMembership" later
        WHERE later."userId" = m."userId" AND later."fromMonth" > m."fromMonth" AND later."fromMonth" <= ${firstDay(month)}::date)
    UNION ALL
    SELECT x.id FROM "User" x
    WHERE x."teamId" = ${teamId} AND NOT EXISTS (SELECT 1 FROM "TeamMembership" earlier WHERE earlier."userId" = x.id)`;
}

/** The team a person sits in during `month` (the rule of teamMembersSql), for one user id column or value. */
export function teamOfMonthSql(userId: Prisma.Sql, month: Month): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN EXISTS (SELECT 1 FROM "TeamMembership" m WHERE m."userId" = ${userId})
      THEN (SELECT m."teamId" FROM "TeamMembership" m
            WHERE m."userId" = ${userId} AND m."fromMonth" <= ${firstDay(month)}::date
            ORDER BY m."fromMonth" DESC LIMIT 1)
    ELSE (SELECT x."teamId" FROM "User" x WHERE x.id = ${userId}) END`;
}
