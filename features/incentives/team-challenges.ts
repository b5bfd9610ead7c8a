// Team goals: the team's average reaches X, every rep reaches X, or teams
// ranked by their average gain. Every active rep of a winning team wins.
import { rankBy } from "@/features/scores/client";
import { toMilli } from "@/platform/numbers/decimal";
import type { ChallengeDef, GoalReason, ChallengeStanding, GoalStatus, RuleClock, RuleRep } from "./kinds";
import { isFinal, judgedMonth, measureGain, text } from "./measures";
import { notYet, standing, type Judge } from "./standing";

interface TeamJudgement {
  teamId: string;
  status: GoalStatus;
  progress: ChallengeStanding["progress"];
  position?: number;
  reason?: GoalReason;
}

/** Rounds a mean of thousandths to one decimal, as boards show averages. */
const meanText = (sum: number, count: number) => text(Math.round(sum / count / 100) * 100);

function byTeam(reps: readonly RuleRep[]): Map<string, RuleRep[]> {
  const teams = new Map<string, RuleRep[]>();
  for (const rep of reps) {
    if (rep.teamId !== null) teams.set(rep.teamId, [...(teams.get(rep.teamId) ?? []), rep]);
  }
  return teams;
}

/** The team's entries of the judged month, in thousandths, and the target. */
function teamTotals(challenge: ChallengeDef, reps: readonly RuleRep[], clock: RuleClock) {
  const month = judgedMonth(challenge, clock);
  const totals = reps.flatMap((r) => {
    const entry = r.entries[month];
    return entry ? [toMilli(entry.total)] : [];
  });
  return { final: isFinal(challenge, clock), target: toMilli(challenge.target ?? "0"), totals };
}

type TeamGoal = (challenge: ChallengeDef, teamId: string, reps: readonly RuleRep[], clock: RuleClock) => TeamJudgement;

/** Every rep of the team reaches the target. */
const teamAll: TeamGoal = (challenge, teamId, reps, clock) => {
  const { final, target, totals } = teamTotals(challenge, reps, clock);
  const reached = totals.filter((t) => t >= target).length;
  const all = reached === reps.length;
  const progress = { current: String(reached), target: String(reps.length) };
  return { teamId, status: all ? "achieved" : notYet(final), progress, ...(all ? {} : { reason: "team-some-below" as const }) };
};

/** The average of the team's entries reaches the target. */
const teamAverage: TeamGoal = (challenge, teamId, reps, clock) => {
  const { final, target, totals } = teamTotals(challenge, reps, clock);
  if (totals.length === 0) return { teamId, status: notYet(final), progress: { current: null, target: text(target) }, reason: "team-no-entries" };
  const sum = totals.reduce((a, b) => a + b, 0);
  // Exact: the mean reaches the target when the sum reaches target × count.
  const reached = sum >= target * totals.length;
  const progress = { current: meanText(sum, totals.length), target: text(target) };
  return { teamId, status: reached ? "achieved" : notYet(final), progress, ...(reached ? {} : { reason: "team-below" as const }) };
};

type TeamsJudge = (challenge: ChallengeDef, teams: Map<string, RuleRep[]>, clock: RuleClock) => TeamJudgement[];

const eachTeam =
  (goal: TeamGoal): TeamsJudge =>
  (challenge, teams, clock) =>
    [...teams].map(([teamId, members]) => goal(challenge, teamId, members, clock));

const teamRace: TeamsJudge = (challenge, teams, clock) => {
  const final = isFinal(challenge, clock);
  const winners = challenge.winners ?? 1;
  const gains = [...teams].map(([teamId, reps]) => {
    const measured = reps.map((r) => measureGain(r, challenge, clock, "gain")).flatMap((m) => (m.ok ? [m.milli] : []));
    return { id: teamId, name: teamId, measured };
  });
  const runners = gains.filter((g) => g.measured.length > 0).map((g) => ({ ...g, sum: g.measured.reduce((a, b) => a + b, 0) }));
  const ranked = rankBy(runners, (g) => g.sum / g.measured.length);
  const judged: TeamJudgement[] = ranked.map((g) => {
    const progress = { current: meanText(g.sum, g.measured.length), target: null };
    const wins = g.rank <= winners && g.sum > 0;
    const reason = g.rank > winners ? ("outside-cut" as const) : g.sum <= 0 ? ("no-gain" as const) : undefined;
    const status: GoalStatus = final ? (wins ? "achieved" : "missed") : "in-progress";
    return { teamId: g.id, status, progress, position: g.rank, ...(reason ? { reason } : {}) };
  });
  const unranked = gains
    .filter((g) => g.measured.length === 0)
    .map((g): TeamJudgement => ({ teamId: g.id, status: "not-eligible", progress: { current: null, target: null }, reason: "no-baseline" }));
  return [...judged, ...unranked];
};

/** A judge of teams: where each team of the scope, and so each of its reps, stands. */
function byTeams(judgeTeams: TeamsJudge): Judge {
  return (challenge, reps, clock) => {
    const teams = byTeam(reps);
    const judged = judgeTeams(challenge, teams, clock);
    const standings = judged.map(({ teamId, status, progress, ...extra }) => standing(challenge, status, progress, { ...extra, teamId }));
    const result = new Map<string, ChallengeStanding>();
    for (const team of standings) {
      for (const rep of teams.get(team.teamId ?? "") ?? []) result.set(rep.userId, team);
    }
    return { reps: result, teams: standings };
  };
}

export const judgeTeamAverage = byTeams(eachTeam(teamAverage));
export const judgeTeamAll = byTeams(eachTeam(teamAll));
/** Teams ranked by their reps' average gain; the first `winners` places win. */
export const judgeTeamRace = byTeams(teamRace);
