import "server-only";
import type { Prisma } from "@/platform/db/generated/client";
import { dateToMonth, monthToDate, type Month } from "@/platform/time/month";
import { PILLARS, byField, pillarTextsOf } from "@/features/scores";
import { entryKey, type KnownEntry, type KnownPerson, type KnownTeam } from "./kinds";

type Tx = Prisma.TransactionClient;

/** Everyone, as an import matches rows to people. */
export async function knownPeople(tx: Tx): Promise<KnownPerson[]> {
  return tx.user.findMany({ select: { id: true, name: true, email: true, role: true, teamId: true, active: true } });
}

export async function knownTeams(tx: Tx): Promise<KnownTeam[]> {
  const teams = await tx.team.findMany({ select: { id: true, name: true, archivedAt: true } });
  return teams.map((t) => ({ id: t.id, name: t.name, archived: t.archivedAt !== null }));
}

/** The stored entries of `months`, by person and month. */
export async function knownEntries(tx: Tx, months: readonly Month[]): Promise<Map<string, KnownEntry>> {
  const rows = await tx.scoreEntry.findMany({
    where: { month: { in: months.map(monthToDate) } },
    select: { userId: true, month: true, total: true, ...byField(PILLARS, () => true as const) },
  });
  return new Map(
    rows.map((r) => {
      return [entryKey(r.userId, dateToMonth(r.month)), { total: r.total.toString(), pillars: pillarTextsOf(r) }];
    }),
  );
}

export async function closedMonthsIn(tx: Tx): Promise<Set<Month>> {
  const rows = await tx.closedMonth.findMany({ select: { month: true } });
  return new Set(rows.map((r) => dateToMonth(r.month)));
}
