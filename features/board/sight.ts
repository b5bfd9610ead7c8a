import "server-only";
import { can, type Actor, type BoardScope } from "@/platform/auth/permissions";
import { getSettings, wallShowsScores } from "@/features/settings";

/** Who looks at a board: a signed-in user (a page, the API, a file), or an office wall's secret link. */
export type BoardViewer = { kind: "user"; user: Actor } | { kind: "wall" };

/**
 * What a viewer may see of a board: decided here, once, for the page, the
 * API, both files and the wall. Nothing downstream decides it again; each
 * shows what the model holds (visible-board.ts).
 */
export interface BoardSight {
  /** The SSI, the pillars, the progress and the streak; false: names and ranks only. */
  scores: boolean;
  /** The plausibility flags: the team's managers and admins. */
  flags: boolean;
  /** Tiers and challenges: only with the scores (what someone reached gives a score away). */
  incentives: boolean;
  /** The board and wall-table files: for those who see the scores. */
  files: boolean;
  /** The wall table file's email column (it re-imports by email): those who may administer. */
  emails: boolean;
  /** Whose name links to their page. */
  opensRep: (rep: { userId: string; team: { id: string } | null }) => boolean;
}

/** What `viewer` may see of the board of `scope` (already authorised to view it). */
export async function boardSight(viewer: BoardViewer, scope: BoardScope): Promise<BoardSight> {
  const settings = await getSettings();
  if (viewer.kind === "wall") {
    const scores = wallShowsScores(settings);
    return { scores, flags: false, incentives: scores, files: false, emails: false, opensRep: () => false };
  }
  const { user } = viewer;
  const scores = can(user, { action: "see-scores", scope, repsSeeScores: settings.repsSeeScores });
  return {
    scores,
    flags: can(user, { action: "see-board-flags", scope }),
    incentives: scores,
    files: scores,
    emails: can(user, { action: "administer" }),
    // Board rows are active reps (see boardRows).
    opensRep: (rep) => can(user, { action: "view-rep", rep: { id: rep.userId, teamId: rep.team?.id ?? null, role: "REP", active: true } }),
  };
}
