import { getTranslations } from "next-intl/server";

/** Team and month selectors; a plain GET form, so it works without JavaScript. */
export async function BoardFilters(props: {
  teams: { id: string; name: string }[];
  companyOption: boolean;
  team: string;
  month: string;
  maxMonth: string;
  board: string;
}) {
  const t = await getTranslations("leaderboard");
  return (
    <form method="get" action="/leaderboard" className="inline-form card">
      <input type="hidden" name="board" value={props.board} />
      <div className="field">
        <label htmlFor="board-team">{t("team")}</label>
        <select id="board-team" name="team" defaultValue={props.team}>
          {props.companyOption && <option value="all">{t("company")}</option>}
          {props.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="board-month">{t("month")}</label>
        <input id="board-month" type="month" name="month" defaultValue={props.month} max={props.maxMonth} />
      </div>
      <button type="submit" className="button button-primary">
        {t("show")}
      </button>
    </form>
  );
}
