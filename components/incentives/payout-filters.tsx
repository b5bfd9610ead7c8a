import { getTranslations } from "next-intl/server";
import type { Month } from "@/lib/month";

/** Month and team of the payout report: a plain GET form, so it works without JavaScript. */
export async function PayoutFilters({ month, maxMonth, team, teams, companyOption }: { month: Month; maxMonth: Month; team: string; teams: { id: string; name: string }[]; companyOption: boolean }) {
  const t = await getTranslations("payouts");
  return (
    <form className="inline-form" method="get">
      <div className="field">
        <label htmlFor="payout-month">{t("month")}</label>
        <input id="payout-month" type="month" name="month" defaultValue={month} max={maxMonth} />
      </div>
      <div className="field">
        <label htmlFor="payout-team">{t("team")}</label>
        <select id="payout-team" name="team" defaultValue={team}>
          {companyOption && <option value="">{t("company")}</option>}
          {teams.map((option) => <option key={option.id} value={option.id}>{option.name}</option>)}
        </select>
      </div>
      <button type="submit" className="button button-secondary">{t("show")}</button>
    </form>
  );
}
