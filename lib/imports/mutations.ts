import "server-only";
import { recordEvent } from "../audit/mutations";
import { endsSessions, managesTeams } from "../auth/permissions";
import { db } from "../db/prisma";
import type { Prisma } from "../db/generated/client";
import type { Month } from "../month";
import { monthToDate } from "../month";
import { newInvitation, type IssuedInvitation } from "../people/invitation-mutations";
import { FIRST_MONTH, recordMembership } from "../people/membership-mutations";
import { MonthClosedError } from "../ssi/errors";
import { byField, OPTIONAL_VALUES, PILLARS } from "../ssi/score";
import { closedMonthsIn, knownEntries, knownPeople, knownTeams } from "./data";
import type { ImportKind, ImportReport } from "./kinds";
import { planPeople, type PeoplePlan, type PersonWrite } from "./people";
import { readCsv } from "./read-csv";
import { monthsNamed, planScores, type ScorePlan } from "./scores";

type Tx = Prisma.TransactionClient;

export interface ImportResult extends ImportReport {
  dryRun: boolean;
  /** A real people import: the invitation link of each person it created (shown once). */
  invitations: { email: string; invitation: IssuedInvitation }[];
}

/** Thrown to roll back a real import whose file has bad lines (nothing is written). */
class RefusedImport extends Error {
  constructor(readonly report: ImportReport) {
    super("import refused");
  }
}

const report = ({ created, updated, unchanged, teamsToCreate, errors }: ImportReport): ImportReport => ({ created, updated, unchanged, teamsToCreate, errors });

/**
 * Judges `text` and, unless it is a dry run or any line is bad, imports it:
 * one transaction, all or nothing, planned against the data as it is inside
 * that transaction. Importing the same file again changes nothing.
 */
export async function runImport(kind: ImportKind, text: string, options: { dryRun: boolean; actorId: string; currentMonth: Month }): Promise<ImportResult> {
  const table = readCsv(text);
  if (!table.ok) return { dryRun: options.dryRun, created: 0, updated: 0, unchanged: 0, teamsToCreate: [], invitations: [], errors: [{ line: 0, field: "file", code: table.code }] };
  try {
    return await db().$transaction(
      async (tx) => {
        const plan = kind === "people"
          ? planPeople(table.header, table.lines, await knownPeople(tx), await knownTeams(tx))
          : planScores(table.header, table.lines, {
              people: await knownPeople(tx),
              entries: await knownEntries(tx, monthsNamed(table.header, table.lines)),
              closed: await closedMonthsIn(tx),
              currentMonth: options.currentMonth,
            });
        if (plan.errors.length > 0 && !options.dryRun) throw new RefusedImport(report(plan));
        if (options.dryRun || plan.errors.length > 0) return { dryRun: options.dryRun, ...report(plan), invitations: [] };
        const invitations = kind === "people" ? await writePeople(tx, plan as PeoplePlan, options) : [];
        if (kind === "scores") await writeScores(tx, plan as ScorePlan, options.actorId);
        // A file that changes nothing leaves no trace: importing it again is a no-op.
        if (plan.created + plan.updated > 0) {
          await recordEvent(tx, { kind: kind === "people" ? "import.people" : "import.scores", actorId: options.actorId, details: { ...report(plan), errors: [] } });
        }
        return { dryRun: false, ...report(plan), invitations };
      },
      // A 5 MB file is tens of thousands of rows: longer than the default 5 s.
      { maxWait: 15_000, timeout: 300_000 },
    );
  } catch (caught) {
    if (caught instanceof RefusedImport) return { dryRun: false, ...caught.report, invitations: [] };
    throw caught;
  }
}

async function writePeople(tx: Tx, plan: PeoplePlan, options: { actorId: string; currentMonth: Month }): Promise<ImportResult["invitations"]> {
  await tx.team.createMany({ data: plan.teamsToCreate.map((name) => ({ name })) });
  const teams = new Map((await knownTeams(tx)).map((t) => [t.name.toLowerCase(), t.id]));
  const teamId = (name: string | null) => (name === null ? null : (teams.get(name.toLowerCase()) ?? null));
  // New people in three statements whatever their number: a file may hold thousands.
  const created = await tx.user.createManyAndReturn({
    data: plan.writes.filter((w) => w.id === null).map((w) => ({ name: w.name, email: w.email, role: w.role, teamId: teamId(w.team), passwordHash: "" })),
    select: { id: true, email: true, teamId: true },
  });
  await tx.teamMembership.createMany({ data: created.map((u) => ({ userId: u.id, fromMonth: monthToDate(FIRST_MONTH), teamId: u.teamId })) });
  const invitations = created.map((u) => ({ email: u.email, ...newInvitation(u.id, "invite", options.actorId) }));
  await tx.invitation.createMany({ data: invitations.map((i) => i.row) });
  for (const write of plan.writes.filter((w): w is PersonWrite & { id: string } => w.id !== null)) {
    const id = write.id;
    const before = await tx.user.findUniqueOrThrow({ where: { id }, select: { role: true, active: true, teamId: true } });
    const next = teamId(write.team);
    const ends = endsSessions(before, { role: write.role, active: before.active });
    await tx.user.update({ where: { id }, data: { name: write.name, role: write.role, teamId: next, ...(ends ? { sessionVersion: { increment: 1 } } : {}) } });
    if (next !== before.teamId) await recordMembership(tx, id, before.teamId, next, options.currentMonth);
    if (!managesTeams(write.role)) await tx.teamManager.deleteMany({ where: { userId: id } });
  }
  return invitations.map((i) => ({ email: i.email, invitation: i.issued }));
}

const NO_EXTRAS = byField(OPTIONAL_VALUES, () => null);

async function writeScores(tx: Tx, plan: ScorePlan, actorId: string): Promise<void> {
  const values = (w: ScorePlan["writes"][number]) => ({ total: w.total, ...byField(PILLARS, (p) => w.pillars?.[p] ?? null) });
  const created = plan.writes.filter((w) => w.existing === null);
  // New entries and their audit rows in two statements over arrays (unnest):
  // a 5 MB wall sheet is hundreds of thousands of cells, and row-by-row
  // inserts (or Prisma's createMany) took over a minute for 48,000.
  const column = (pick: (w: ScorePlan["writes"][number]) => string | null) => created.map(pick);
  const [userIds, months, totals, brand, people, insights, relationships] = [
    column((w) => w.userId),
    column((w) => `${w.month}-01`),
    column((w) => w.total),
    ...PILLARS.map((p) => column((w) => w.pillars?.[p] ?? null)),
  ];
  await tx.$executeRaw`
    WITH v AS (
      SELECT * FROM unnest(${userIds}::text[], ${months}::date[], ${totals}::text[], ${brand}::text[], ${people}::text[], ${insights}::text[], ${relationships}::text[])
        AS v("userId", month, total, brand, people, insights, relationships)
    ),
    entries AS (
      INSERT INTO "ScoreEntry" (id, "userId", month, total, brand, people, insights, relationships, "enteredById", source, "updatedAt")
      SELECT gen_random_uuid()::text, "userId", month, total::numeric, brand::numeric, people::numeric, insights::numeric, relationships::numeric,
        ${actorId}, 'IMPORT'::"ScoreSource", now()
      FROM v
    )
    -- The audit trail marks each entry as imported (source IMPORT), values as text like every other row.
    INSERT INTO "ScoreAudit" (id, "userId", month, "actorId", action, source, "newValues")
    SELECT gen_random_uuid()::text, "userId", month, ${actorId}, 'CREATE'::"AuditAction", 'IMPORT'::"ScoreSource",
      jsonb_build_object('total', total, 'brand', brand, 'people', people, 'insights', insights, 'relationships', relationships,
        'industryRankPct', NULL, 'networkRankPct', NULL, 'industryAvg', NULL, 'networkAvg', NULL)
    FROM v`;
  for (const w of plan.writes.filter((x) => x.existing !== null)) {
    await tx.scoreEntry.update({
      where: { userId_month: { userId: w.userId, month: monthToDate(w.month) } },
      data: { ...values(w), enteredById: actorId, source: "IMPORT" },
    });
    await tx.scoreAudit.create({
      data: {
        userId: w.userId,
        month: monthToDate(w.month),
        actorId,
        action: "UPDATE",
        source: "IMPORT",
        newValues: { ...values(w), ...NO_EXTRAS },
        oldValues: { total: w.existing?.total ?? null, ...byField(PILLARS, (p) => w.existing?.pillars?.[p] ?? null) },
      },
    });
  }
  // Checked after the writes, which hold the lock closeMonth waits for.
  const closed = await closedMonthsIn(tx);
  const inClosed = plan.writes.find((w) => closed.has(w.month));
  if (inClosed) throw new MonthClosedError(inClosed.month);
}

