import "server-only";
import { Prisma } from "@/platform/db/generated/client";
import { db } from "@/platform/db/prisma";
import { dateToMonth, type Month } from "@/platform/time/month";
import { SECURITY_PREFIX, type AuditFilterKind, type AuditKind } from "@/platform/audit/kinds";
import { sealAuditCursor, type AuditPlace } from "./cursor";

export interface AuditFilter {
  /** Someone who acted, or whose score changed. */
  personId?: string;
  /** One kind, or "security": every security event. */
  kind?: AuditFilterKind;
  /** Calendar days (YYYY-MM-DD) in the company's time zone, both included. */
  from?: string;
  to?: string;
}

export interface AuditLine {
  id: string;
  at: string;
  kind: AuditKind;
  actor: { id: string; name: string } | null;
  /** The person whose score changed, or the person or team an event is about. */
  subject: { id: string; name: string } | null;
  month: Month | null;
  reason: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditPage {
  lines: AuditLine[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  next: string | null;
}

type Raw = {
  id: string;
  at: Date;
  kind: AuditKind;
  actorId: string | null;
  actorName: string | null;
  subjectId: string | null;
  subjectName: string | null;
  month: Date | null;
  reason: string | null;
  details: Record<string, unknown> | null;
};

/**
 * The audit log, newest first: the company's events and every score change,
 * one page at a time (keyset pagination, so a page costs the same wherever it is).
 */
export async function auditLog(filter: AuditFilter, timeZone: string, options: { limit: number; cursor?: AuditPlace | null }): Promise<AuditPage> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.personId) {
    conditions.push(Prisma.sql`(x."actorId" = ${filter.personId} OR x."subjectId" = ${filter.personId} OR x.details->>'id' = ${filter.personId})`);
  }
  // Security events (every sign-in, every refusal) would bury the company's
  // changes: they are shown when asked for, as "security" or one of their kinds.
  if (filter.kind === "security") conditions.push(Prisma.sql`starts_with(x.kind, ${SECURITY_PREFIX})`);
  else if (filter.kind) conditions.push(Prisma.sql`x.kind = ${filter.kind}`);
  else conditions.push(Prisma.sql`NOT starts_with(x.kind, ${SECURITY_PREFIX})`);
  // Stored instants are UTC; the days are the company's.
  if (filter.from) conditions.push(Prisma.sql`x.at >= ((${filter.from}::date)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`);
  if (filter.to) conditions.push(Prisma.sql`x.at < ((${filter.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`);
  if (options.cursor) conditions.push(Prisma.sql`(x.at, x.id) < (${options.cursor.at}::timestamp, ${options.cursor.id})`);
  const rows = await db().$queryRaw<Raw[]>`
    SELECT x.id, x.at, x.kind, x."actorId", actor.name AS "actorName",
      COALESCE(x."subjectId", person.id, team.id) AS "subjectId", COALESCE(subject.name, person.name, team.name) AS "subjectName",
      x.month, x.reason, x.details
    FROM (
      SELECT e.id, e."createdAt" AS at, e.kind, e."actorId", NULL::text AS "subjectId", e.month, e.reason, e.details::jsonb AS details
      FROM "AuditEvent" e
      UNION ALL
      SELECT a.id, a."createdAt", CASE a.action WHEN 'CREATE' THEN 'score.create' ELSE 'score.update' END, a."actorId", a."userId", a.month, a.reason,
        jsonb_build_object('source', a.source, 'before', a."oldValues", 'after', a."newValues")
      FROM "ScoreAudit" a
    ) x
    LEFT JOIN "User" actor ON actor.id = x."actorId"
    LEFT JOIN "User" subject ON subject.id = x."subjectId"
    -- Events about a person or a team name them by id in their details.
    LEFT JOIN "User" person ON person.id = x.details->>'id'
    LEFT JOIN "Team" team ON team.id = x.details->>'id'
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY x.at DESC, x.id DESC
    LIMIT ${options.limit + 1}`;
  const lines = rows.slice(0, options.limit).map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    kind: r.kind,
    actor: r.actorId && r.actorName ? { id: r.actorId, name: r.actorName } : null,
    subject: r.subjectId && r.subjectName ? { id: r.subjectId, name: r.subjectName } : null,
    month: r.month ? dateToMonth(r.month) : null,
    reason: r.reason,
    details: r.details,
  }));
  const last = lines[lines.length - 1];
  return { lines, next: rows.length > options.limit && last ? sealAuditCursor(last) : null };
}

/** The people an admin can filter the log by: everyone, by name. */
export async function auditPeople(): Promise<{ id: string; name: string }[]> {
  return db().user.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}
