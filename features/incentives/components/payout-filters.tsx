import { getTranslations } from "next-intl/server";
import { MonthFilter } from "@/components/ui/month-filter";
import type { Month } from "@/platform/time/month";

/** Month and team of the payout report. */
export async function PayoutFilters({ month, maxMonth, team, teams, companyOption }: { month: Month; maxMonth: Month; team: string; teams: { id: string; name: string }[]; companyOption: boolean }) {
  const t = await getTranslations("payouts");
  return (
    <MonthFilter id="payout-month" label={t("month")} month={month} maxMonth={maxMonth} submit={t("show")}>
      <div className="field">
        <label htmlFor="payout-team">{t("team")}</label>
        <select id="payout-team" name="team" defaultValue={team}>
          {companyOption && <option value="">{t("company")}</option>}
          {teams.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
        </select>
      </div>
    </MonthFilter>
  );
}
