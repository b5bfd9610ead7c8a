import "server-only";
import { recordEvent } from "@/platform/audit/mutations";
import { endCredentials } from "@/platform/auth/mutations";
import { credentialsEndOn, managesTeams } from "@/platform/auth/permissions";
import { longDb } from "@/platform/db/prisma";
import { Prisma } from "@/platform/db/generated/client";
import { firstDay, monthToDate, type Month } from "@/platform/time/month";
import { newInvitation, type IssuedInvitation } from "@/features/people";
import { FIRST_MONTH, recordMembership } from "@/features/people";
import { byField, OPTIONAL_VALUES, PILLARS, REQUIRED_VALUES, scoreColumn, scoreColumnList } from "@/features/scores";
import { closedMonthsIn, knownEntries, knownPeople, knownTeams } from "./data";
import { capped, emptyReport, type ImportKind, type ImportReport, type NotShown } from "./kinds";
import { planPeople, type PeoplePlan, type PersonWrite } from "./people";
import { readingOf, type FileReading } from "./reading";
import { layoutOf, monthsNamed, planScores, type ScorePlan } from "./scores";
import { readSheetFile } from "./sheet";
import { readTable, type Mapping } from "./table";
import { MonthClosed, Conflict } from "@/platform/errors/domain-errors";

type Tx = Prisma.TransactionClient;

export interface ImportResult extends ImportReport {
  dryRun: boolean;
  /** Lines beyond the first hundred of each list, counted by code. */
  notShown: NotShown;
  /** How the file was read (null when it could not be read at all). */
  reading: FileReading | null;
  /** A real people import: the invitation link of each person it created (shown once). */
  invitations: { email: string; invitation: IssuedInvitation }[];
}

/** Thrown to roll back a real import whose file has bad lines (nothing is written). */
class RefusedImport extends Error {
  constructor(readonly report: ImportReport & { notShown: NotShown }) {
    super("import refused");
  }
}

const report = ({ created, updated, unchanged, teamsToCreate, errors, warnings, skipped, ignoredLines }: ImportReport) =>
  capped({ created, updated, unchanged, teamsToCreate, errors, warnings, skipped, ignoredLines });

// One import at a time for the company (a transaction-scoped advisory lock,
// so every app instance agrees): planning a 5 MB file takes the server's CPU
// and a connection, and eight at once starved the health check. The key is
// arbitrary, fixed, and used for nothing else.
const IMPORT_LOCK = 5_150_001;
/** No one statement of an import may hold the database longer than this. */
const STATEMENT_TIMEOUT_MS = "30000";

export interface ImportOptions {
  dryRun: boolean;
  actorId: string;
  currentMonth: Month;
  /** The month of a single-month file (one row per person, no month in it). */
  month?: Month | null;
  /** The workbook's sheet to read (default: the first). */
  sheet?: string | null;
  mapping?: Mapping;
}

/**
 * Judges a file (CSV text or an .xlsx workbook) and, unless it is a dry run
 * or any line is bad, imports it: one transaction, all or nothing, planned
 * against the data as it is inside that transaction. Importing the same file
 * again changes nothing.
 */
export async function runImport(kind: ImportKind, file: Uint8Array | string, options: ImportOptions): Promise<ImportResult> {
  // Another import holds the lock: try again for a moment (holding no
  // connection meanwhile), then tell the admin to wait.
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return await importOnce(kind, file, options);
    } catch (caught) {
      if (!(caught instanceof ImportBusy)) throw caught;
      if (Date.now() > deadline) throw new Conflict("import-busy");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

class ImportBusy extends Error {}
/** How long an import waits for another one to finish before it is refused. */
const LOCK_WAIT_MS = 2_000;
/** Lets the server answer other requests between the long steps of a big file (it plans in JavaScript). */
const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

async function importOnce(kind: ImportKind, file: Uint8Array | string, options: ImportOptions): Promise<ImportResult> {
  let reading: FileReading | null = null;
  try {
    return await longDb().$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK}) AS locked`;
        if (!lock?.locked) throw new ImportBusy();
        await tx.$queryRaw`SELECT set_config('statement_timeout', ${STATEMENT_TIMEOUT_MS}, true)`;
        const read = await readSheetFile(typeof file === "string" ? Buffer.from(file, "utf8") : file, options.sheet ?? null);
        await yieldToOthers();
        if (!read.ok) return { dryRun: options.dryRun, ...capped(emptyReport()), reading: null, invitations: [], errors: [{ line: 0, field: "file", code: read.code }] };
        const table = readTable(read.rows, kind, options.mapping ?? {});
        const month = options.month ?? null;
        reading = readingOf(read, table, kind, layoutOf(table), month);
        await yieldToOthers();
        const plan = kind === "people"
          ? planPeople(table, await knownPeople(tx), await knownTeams(tx))
          : planScores(
              table,
              {
                people: await knownPeople(tx),
                teams: await knownTeams(tx),
                entries: await knownEntries(tx, monthsNamed(table, month)),
                closed: await closedMonthsIn(tx),
                currentMonth: options.currentMonth,
              },
              month,
            );
        if (plan.errors.length > 0 && !options.dryRun) throw new RefusedImport(report(plan));
        if (options.dryRun || plan.errors.length > 0) return { dryRun: options.dryRun, ...report(plan), reading, invitations: [] };
        const invitations = kind === "people" ? await writePeople(tx, plan as PeoplePlan, options) : [];
        if (kind === "scores") await writeScores(tx, plan as ScorePlan, options.actorId);
        // A file that changes nothing leaves no trace: importing it again is a no-op.
        if (plan.created + plan.updated > 0) {
          await recordEvent(tx, { kind: kind === "people" ? "import.people" : "import.scores", actorId: options.actorId, details: { created: plan.created, updated: plan.updated, unchanged: plan.unchanged, teamsToCreate: plan.teamsToCreate, errors: [], skipped: plan.skipped.length } });
        }
        return { dryRun: false, ...report(plan), reading, invitations };
      },
      // A 5 MB file is tens of thousands of rows: longer than the default 5 s.
      { maxWait: 15_000, timeout: 300_000 },
    );
  } catch (caught) {
    if (caught instanceof RefusedImport) return { dryRun: false, ...caught.report, reading, invitations: [] };
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
    await tx.user.update({ where: { id }, data: { name: write.name, role: write.role, teamId: next } });
    // A new role ends the person's sessions, tokens and links, as the people page's change does.
    const ended = credentialsEndOn(before, { role: write.role, active: before.active });
    if (ended) await endCredentials(tx, id, ended);
    if (next !== before.teamId) await recordMembership(tx, id, before.teamId, next, options.currentMonth);
    if (!managesTeams(write.role)) await tx.teamManager.deleteMany({ where: { userId: id } });
  }
  return invitations.map((i) => ({ email: i.email, invitation: i.issued }));
}

const NO_EXTRAS = byField(OPTIONAL_VALUES, () => null);

// What an import writes of an entry, in columns named by score.ts: the total
// and the pillars (null on a totals-only line); the ranks and averages never.
const IMPORTED = REQUIRED_VALUES;
const IMPORTED_COLUMNS = Prisma.raw(scoreColumnList(IMPORTED));
const IMPORTED_NUMERICS = Prisma.raw(scoreColumnList(IMPORTED, { numeric: true }));
// The audit row's nine values keyed by field, the ones an import has none of as null.
const AUDITED_VALUES = Prisma.join([
  ...IMPORTED.map((f) => Prisma.sql`${f}::text, ${Prisma.raw(scoreColumn(f))}`),
  ...OPTIONAL_VALUES.map((f) => Prisma.sql`${f}::text, NULL`),
]);

async function writeScores(tx: Tx, plan: ScorePlan, actorId: string): Promise<void> {
  const values = (w: ScorePlan["writes"][number]) => ({ total: w.total, ...byField(PILLARS, (p) => w.pillars?.[p] ?? null) });
  const created = plan.writes.filter((w) => w.existing === null).map((w) => ({ userId: w.userId, month: firstDay(w.month), ...values(w) }));
  // New entries and their audit rows in two statements over arrays (unnest):
  // a 5 MB wall sheet is hundreds of thousands of cells, and row-by-row
  // inserts (or Prisma's createMany) took over a minute for 48,000.
  const arrays = Prisma.join(IMPORTED.map((f) => Prisma.sql`${created.map((c) => c[f])}::text[]`));
  await tx.$executeRaw`
    WITH v AS (
      SELECT * FROM unnest(${created.map((c) => c.userId)}::text[], ${created.map((c) => c.month)}::date[], ${arrays})
        AS v("userId", month, ${IMPORTED_COLUMNS})
    ),
    entries AS (
      INSERT INTO "ScoreEntry" (id, "userId", month, ${IMPORTED_COLUMNS}, "enteredById", source, "updatedAt")
      SELECT gen_random_uuid()::text, "userId", month, ${IMPORTED_NUMERICS},
        ${actorId}, 'IMPORT'::"ScoreSource", now()
      FROM v
    )
    -- The audit trail marks each entry as imported (source IMPORT), values as text like every other row.
    INSERT INTO "ScoreAudit" (id, "userId", month, "actorId", action, source, "newValues")
    SELECT gen_random_uuid()::text, "userId", month, ${actorId}, 'CREATE'::"AuditAction", 'IMPORT'::"ScoreSource",
      jsonb_build_object(${AUDITED_VALUES})
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
  if (inClosed) throw new MonthClosed();
}

