import "server-only";
import type { Subject } from "@/platform/auth/permissions";
import { db } from "@/platform/db/prisma";
import { versioned } from "@/platform/db/version";
import { dateToMonth, monthToDate, type Month } from "@/platform/time/month";

export interface TeamSummary {
  id: string;
  name: string;
  repCount: number;
  managerNames: string[];
  managerIds: string[];
  archived: boolean;
}

export interface RosterRow {
  id: string;
  name: string;
  /** What the permission module needs to know of this rep. */
  subject: Subject;
  /** The rep's most recent score up to the month asked for. */
  latestTotal: string | null;
  latestMonth: Month | null;
  loggedThisMonth: boolean;
}

/**
 * Every team (archived ones only when asked), by name, with its number of
 * active reps and its managers. Asked on nearly every page (the pickers):
 * kept until the data version moves (platform/db/version.ts).
 */
export async function listTeams(options: { withArchived?: boolean } = {}): Promise<TeamSummary[]> {
  const every = await versioned("teams", "people", readTeams);
  return options.withArchived ? every : every.filter((t) => !t.archived);
}

async function readTeams(): Promise<TeamSummary[]> {
  const teams = await db().team.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      _count: { select: { members: { where: { role: "REP", active: true } } } },
      managers: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
    },
  });
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    repCount: t._count.members,
    managerNames: t.managers.map((m) => m.user.name),
    managerIds: t.managers.map((m) => m.user.id),
    archived: t.archivedAt !== null,
  }));
}

/** A team's id and name (archived or not), or null. */
export async function findTeam(id: string): Promise<{ id: string; name: string } | null> {
  const team = await teamSummary(id);
  return team ? { id: team.id, name: team.name } : null;
}

/** One team as the admin's list shows it, archived or not. */
export async function teamSummary(id: string): Promise<TeamSummary | null> {
  return (await listTeams({ withArchived: true })).find((t) => t.id === id) ?? null;
}

/** The teams with these ids that are not archived, by name. */
export async function teamsByIds(ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  const wanted = new Set(ids);
  return (await listTeams()).filter((t) => wanted.has(t.id)).map((t) => ({ id: t.id, name: t.name }));
}

/** A team's active reps with their latest SSI up to `month`, by name. */
export async function teamRoster(teamId: string, month: Month): Promise<RosterRow[]> {
  const reps = await db().user.findMany({
    where: { teamId, role: "REP", active: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      role: true,
      active: true,
      teamId: true,
      scoreEntries: {
        where: { month: { lte: monthToDate(month) } },
        orderBy: { month: "desc" },
        take: 1,
        select: { month: true, total: true },
      },
    },
  });
  return reps.map((rep) => {
    const latest = rep.scoreEntries[0];
    const latestMonth = latest ? dateToMonth(latest.month) : null;
    return {
      id: rep.id,
      name: rep.name,
      subject: { id: rep.id, teamId: rep.teamId, role: rep.role, active: rep.active },
      latestTotal: latest ? latest.total.toString() : null,
      latestMonth,
      loggedThisMonth: latestMonth === month,
    };
  });
}
