import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { ADMINISTER, defaultBoard, type Actor, type BoardScope } from "@/platform/auth/permissions";
import { Forbidden, Invalid, NotFound } from "@/platform/errors/domain-errors";
import { LOCALES } from "@/platform/i18n/config";
import { isExportFormat, type ExportFormat } from "@/platform/spreadsheets/format";
import { isMonth, type Month } from "@/platform/time/month";
import { findTeam, listTeams } from "@/features/people";
import { positionOf, type BoardWindow } from "./ranking-data";
import type { CursorBinding } from "./board-cursor";
import { parseBoardWindow } from "./api-window";
import { boardFile, wallTableFile } from "./exports";
import { leaderboardView } from "./page-view";
import { boardSight } from "./sight";
import type { BoardSubject } from "./visible-board";
import { boardApiBody } from "./api-body";
import { listWallLinks } from "./wall-links-data";

/** A board asked for: a team id, "all" (the company) or null (the user's own board), a month and a kind. */
const asked = z.object({
  team: z.string().nullable(),
  month: z.custom<Month>((v) => typeof v === "string" && isMonth(v)),
  kind: z.enum(["score", "improvement"]),
});

/** The board asked for; `scope` null: the user has no board of their own (no team). */
type Asked = BoardSubject | { scope: null; team: null };

/** The board `team` names for `user`, its team read once; null when that team does not exist. */
async function askedBoard({ team }: { team: string | null }, user: Actor): Promise<Asked | null> {
  const scope: BoardScope | null = team === "all" ? { kind: "company" } : team ? { kind: "team", teamId: team } : defaultBoard(user);
  if (!scope) return { scope: null, team: null };
  if (scope.kind === "company") return { scope, team: null };
  const found = await findTeam(scope.teamId);
  return found && { scope, team: found };
}

/** A board's subject and permission: whoever may view that board (the user's own when they name none). */
const board = {
  subject: askedBoard,
  permission: (_user: unknown, _input: unknown, { scope }: Asked) => (scope ? { action: "view-board", scope } as const : { action: "anyone" } as const),
};

/** The board a request for a file or the API names: there must be one. */
function named(subject: Asked): BoardSubject {
  if (subject.scope === null) throw new NotFound();
  return subject;
}

/** The leaderboard page (`page` as typed); null when the user has no board of their own. */
export const leaderboardPageQuery = defineQuery({
  ...board,
  input: asked.extend({ page: z.string().nullable() }),
  read: async ({ month, kind, page }, user, subject) => (subject.scope ? leaderboardView(user, subject, month, kind, page) : null),
});

/** GET /api/v1/leaderboard: a window of the board (`limit`, a sealed `cursor` or `around=me`, in `params`). */
export const boardApiQuery = defineQuery({
  ...board,
  input: asked.extend({ params: z.instanceof(URLSearchParams) }),
  read: async ({ month, kind, params }, user, subject) => {
    const { scope, team } = named(subject);
    const viewer = { kind: "user", user } as const;
    const binding: CursorBinding = { scope, kind, month, showScores: (await boardSight(viewer, scope)).scores };
    const parsed = parseBoardWindow(params, binding);
    if (!parsed.ok) throw new Invalid(parsed.fields);
    const { limit } = parsed.window;
    let window: BoardWindow;
    if ("cursor" in parsed.window) window = { limit, after: parsed.window.cursor };
    else {
      // The user in the middle of the page, or the top of the board when they are not on it.
      const position = await positionOf(month, team?.id ?? null, kind, user.id);
      window = { limit, offset: position === null ? 0 : Math.max(0, position - Math.floor(limit / 2)) };
    }
    return boardApiBody(viewer, { scope, team }, month, kind, window, binding);
  },
});

const file = { locale: z.enum(LOCALES), format: z.custom<ExportFormat>((v) => typeof v === "string" && isExportFormat(v)) };

/** The board as a file, in the reader's language: for those who see its figures. */
export const boardFileQuery = defineQuery({
  ...board,
  input: asked.extend(file),
  read: ({ month, kind, locale, format }, user, subject) => boardFile(user, named(subject), month, kind, locale, format),
});

/** The office wall's table as a file: reps × the 12 months up to `month`, for those who see the board's figures. */
export const wallTableFileQuery = defineQuery({
  ...board,
  input: asked.extend(file),
  read: async ({ month, locale, format }, user, subject) => {
    const board = named(subject);
    const sight = await boardSight({ kind: "user", user }, board.scope);
    if (!sight.files) throw new Forbidden();
    return wallTableFile(board, month, sight, locale, format);
  },
});

/** The wall links and the teams a new one may show: admins only. */
export const wallLinksQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: async () => {
    const [links, teams] = await Promise.all([listWallLinks(), listTeams()]);
    return { links, teams: teams.map(({ id, name }) => ({ id, name })) };
  },
});
