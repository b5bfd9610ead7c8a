import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TeamForm } from "@/features/people/components/team-form";
import { requireAdmin } from "@/features/shell/admin-area";
import { createTeamAction, updateTeamAction } from "@/features/people/team-actions";
import { managerChoicesQuery, teamListQuery } from "@/features/people/queries";
import { pageQuery } from "@/platform/http/page-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamsAdmin"))("title") };
}

/** Admins: create teams, rename them, set their managers, archive them. */
export default async function TeamsAdminPage() {
  const user = await requireAdmin();
  const t = await getTranslations("teamsAdmin");
  // The same list as GET /api/v1/teams.
  const [teams, managerChoices] = await Promise.all([pageQuery(user, teamListQuery, {}), pageQuery(user, managerChoicesQuery, {})]);
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="new-team-title">
        <h2 id="new-team-title">{t("newTitle")}</h2>
        <TeamForm action={createTeamAction} managers={managerChoices} submit={t("create")} />
      </section>
      {teams.map((team) => (
        <section key={team.id} className="card" aria-labelledby={`team-${team.id}`} data-testid="team-card">
          <h2 id={`team-${team.id}`}>
            {team.name} {team.archived && <span className="muted">({t("archivedBadge")})</span>}
          </h2>
          <p className="muted">{t("summary", { reps: team.repCount, managers: team.managerNames.join(", ") || "—" })}</p>
          <details>
            <summary>{t("edit", { name: team.name })}</summary>
            <TeamForm action={updateTeamAction} managers={managerChoices} team={{ id: team.id, name: team.name, managerIds: team.managerIds, archived: team.archived }} submit={t("save")} />
          </details>
        </section>
      ))}
    </>
  );
}
