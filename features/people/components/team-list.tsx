import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { getTranslations } from "next-intl/server";
import type { TeamSummary } from "@/features/people/team-data";

/** Every team, for those who may see the whole company (companyTeamsQuery). */
export async function TeamList({ teams }: { teams: TeamSummary[] }) {
  const t = await getTranslations("admin");
  const common = await getTranslations("common");
  return (
    <>
      <h1>{t("teams")}</h1>
      {teams.length === 0 ? (
        <p>{t("noTeams")}</p>
      ) : (
        <div className="card">
          <TableScroll label={t("teamsCaption")}>
          <table>
            <caption className="sr-only">{t("teamsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("team")}</th>
                <th scope="col" className="num">{t("reps")}</th>
                <th scope="col">{t("managers")}</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row">
                    <Link href={`/teams/${team.id}`}>{team.name}</Link>
                  </th>
                  <td className="num">{team.repCount}</td>
                  <td>{team.managerNames.join(", ") || common("none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        </div>
      )}
    </>
  );
}
