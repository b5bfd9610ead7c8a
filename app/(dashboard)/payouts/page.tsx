import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PayoutFilters } from "@/features/incentives/components/payout-filters";
import { PayoutView } from "@/features/incentives/components/payout-view";
import { pageQuery } from "@/platform/http/page-query";
import { can, pickableTeams } from "@/platform/auth/permissions";
import { requirePermission } from "@/platform/auth/session";
import { companyMonth } from "@/features/settings/data";
import { payoutsQuery, pickableTeamsQuery } from "@/features/incentives/queries";
import { addMonths, isMonth } from "@/platform/time/month";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payouts"))("title") };
}

type Search = Promise<{ month?: string | string[]; team?: string | string[] }>;

/** The payout report of a month: admins for any team or the company, managers for their teams. */
export default async function PayoutsPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission({ action: "manage-challenges" });
  const t = await getTranslations("payouts");
  const search = await searchParams;
  const current = await companyMonth();
  const month = typeof search.month === "string" && isMonth(search.month) && search.month <= current ? search.month : addMonths(current, -1);
  const pickable = pickableTeams(user);
  const companyOption = can(user, { action: "view-payouts", scope: { kind: "company" } });
  const team = typeof search.team === "string" && search.team ? search.team : companyOption ? null : (pickable === "every" ? null : (pickable[0] ?? null));
  const payouts = await pageQuery(user, payoutsQuery, { month, team });
  const teams = await pageQuery(user, pickableTeamsQuery, {});
  const query = new URLSearchParams({ month, ...(team ? { team } : {}) });
  return (
    <>
      <h1>{t("title")} · {payouts.team?.name ?? t("company")}</h1>
      <PayoutFilters month={month} maxMonth={current} team={team ?? ""} teams={teams} companyOption={companyOption} />
      <PayoutView payouts={payouts} exportQuery={query.toString()} />
    </>
  );
}
