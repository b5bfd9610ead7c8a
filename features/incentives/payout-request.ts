import "server-only";
import { can, revealsMissing, type Actor, type BoardScope } from "@/platform/auth/permissions";
import type { Month } from "@/platform/time/month";
import { findTeam, listTeams } from "@/features/people";
import { loadPayoutInputs } from "./load";
import { payoutReport, type PayoutReport } from "./payouts";
import { Forbidden, refusal } from "@/platform/errors/domain-errors";

export interface LoadedPayouts {
  month: Month;
  /** Not closed yet: the figures may still change. */
  provisional: boolean;
  team: { id: string; name: string } | null;
  report: PayoutReport;
  teamNames: Map<string, string>;
}

/** The payout report of `month` for one team (an id) or the company (null), if `actor` may see it. */
export async function loadPayouts(actor: Actor, month: Month, teamId: string | null): Promise<LoadedPayouts> {
  const team = teamId ? await findTeam(teamId) : null;
  if (teamId && !team) throw refusal(revealsMissing(actor) ? "not-found" : "forbidden");
  const scope: BoardScope = team ? { kind: "team", teamId: team.id } : { kind: "company" };
  if (!can(actor, { action: "view-payouts", scope })) throw new Forbidden();
  const [inputs, teams] = await Promise.all([loadPayoutInputs(month), listTeams({ withArchived: true })]);
  const report = payoutReport(inputs, team ? (rep) => rep.teamId === team.id : () => true);
  return {
    month,
    provisional: !inputs.clock.closed.has(month),
    team,
    report,
    teamNames: new Map(teams.map((t) => [t.id, t.name])),
  };
}
