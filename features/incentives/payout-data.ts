import "server-only";
import type { Month } from "@/platform/time/month";
import { listTeams } from "@/features/people";
import { loadPayoutInputs } from "./load";
import { payoutReport, type PayoutReport } from "./payouts";

export interface LoadedPayouts {
  month: Month;
  /** Not closed yet: the figures may still change. */
  provisional: boolean;
  team: { id: string; name: string } | null;
  report: PayoutReport;
  teamNames: Map<string, string>;
}

/** The payout report of `month` for one team or the company (null); who may see it is queries.ts's. */
export async function readPayouts(month: Month, team: { id: string; name: string } | null): Promise<LoadedPayouts> {
  const [inputs, teams] = await Promise.all([loadPayoutInputs(month), listTeams({ withArchived: true })]);
  return {
    month,
    provisional: !inputs.clock.closed.has(month),
    team,
    report: payoutReport(inputs, team ? (rep) => rep.teamId === team.id : () => true),
    teamNames: new Map(teams.map((t) => [t.id, t.name])),
  };
}
