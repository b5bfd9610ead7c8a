// A board's row masked for one viewer: the one place that leaves out what
// sight.ts decided they may not see. Pure, for the server and the tests.
import type { PlausibilityFlag } from "@/features/scores/client";
import { incentivesOf, type IncentiveStandings, type RepIncentives } from "@/features/incentives/client";
import type { BoardEntry } from "./entries";
import type { BoardSight } from "./sight";

/** A rep's figures on a board. */
export type BoardFigures = Pick<BoardEntry, "total" | "pillars" | "previousTotal" | "progress" | "streak">;

/** A row of the board as its viewer may see it: what they may not see is not there (null). */
export interface VisibleEntry {
  rank: number | null;
  userId: string;
  name: string;
  team: { id: string; name: string } | null;
  figures: BoardFigures | null;
  flags: PlausibilityFlag[] | null;
  incentives: RepIncentives | null;
  /** Their page, for a viewer who may open it. */
  href: string | null;
}

/** What `sight` lets its viewer see of a board entry: the rest is left out (null). */
export function masked(entry: BoardEntry, sight: Pick<BoardSight, "scores" | "flags" | "opensRep">, standings: IncentiveStandings | null): VisibleEntry {
  const { rank, userId, name, team, total, pillars, previousTotal, progress, streak, flags } = entry;
  return {
    rank,
    userId,
    name,
    team,
    figures: sight.scores ? { total, pillars, previousTotal, progress, streak } : null,
    flags: sight.flags ? flags : null,
    incentives: standings ? incentivesOf(standings, userId) : null,
    href: sight.opensRep(entry) ? `/reps/${userId}` : null,
  };
}

