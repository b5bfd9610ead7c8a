import "server-only";
import type { Prisma } from "@/platform/db/generated/client";
import { monthToDate, type Month } from "@/platform/time/month";

/** The month a first membership starts from: before any history a company may import. */
export const FIRST_MONTH: Month = "2000-01";

/**
 * Records that `userId` sits in `teamId` (null: no team) from `month` on. The
 * months before keep the team they had: a person made before memberships
 * were recorded gets their old team as their first membership.
 */
export async function recordMembership(
  tx: Prisma.TransactionClient,
  userId: string,
  previousTeamId: string | null,
  teamId: string | null,
  month: Month,
): Promise<void> {
  if ((await tx.teamMembership.count({ where: { userId } })) === 0 && month !== FIRST_MONTH) {
    await tx.teamMembership.create({ data: { userId, fromMonth: monthToDate(FIRST_MONTH), teamId: previousTeamId } });
  }
  const fromMonth = monthToDate(month);
  await tx.teamMembership.upsert({
    where: { userId_fromMonth: { userId, fromMonth } },
    create: { userId, fromMonth, teamId },
    update: { teamId },
  });
}
