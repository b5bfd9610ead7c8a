import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { RowAction } from "@/components/ui/row-action";
import { TableScroll } from "@/components/ui/table-scroll";
import { WallLinkForm } from "@/components/wall/wall-link-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { saveSettingsAction } from "@/lib/settings/actions";
import { getSettings } from "@/lib/settings/data";
import { listTeams } from "@/lib/teams/data";
import { revokeWallLinkAction } from "@/lib/wall/actions";
import { listWallLinks } from "@/lib/wall/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** Admin: company settings and wall-screen links. */
export default async function AdminPage() {
  const user = await requireUser();
  if (!can(user, { action: "administer" })) forbidden();
  const t = await getTranslations("admin");
  const wt = await getTranslations("wall");
  const at = await getTranslations("actions");
  const format = await getFormatter();
  const [settings, teams, links] = await Promise.all([getSettings(), listTeams(), listWallLinks()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="settings-title">
        <h2 id="settings-title">{t("settings")}</h2>
        <ActionForm action={saveSettingsAction} className="form" saved={at("saved")}>
          <label className="checkbox">
            <input type="checkbox" name="repsSeeScores" defaultChecked={settings.repsSeeScores} />
            {t("repsSeeScores")}
          </label>
          <button type="submit" className="button button-primary">
            {t("save")}
          </button>
        </ActionForm>
      </section>
      <section className="card" aria-labelledby="wall-title">
        <h2 id="wall-title">{wt("adminTitle")}</h2>
        <p className="muted">{wt("adminIntro")}</p>
        <WallLinkForm teams={teams.map((team) => ({ id: team.id, name: team.name }))} />
        <h3>{wt("active")}</h3>
        {links.length === 0 ? (
          <p>{wt("none")}</p>
        ) : (
          <TableScroll label={wt("caption")}>
            <table data-testid="wall-links">
              <caption className="sr-only">{wt("caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{wt("team")}</th>
                  <th scope="col">{wt("createdAt")}</th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {links.map((link) => {
                  const date = format.dateTime(new Date(link.createdAt), { dateStyle: "medium", timeStyle: "short" });
                  return (
                    <tr key={link.id}>
                      <th scope="row">{link.teamName}</th>
                      <td>{date}</td>
                      <td>
                        <RowAction action={revokeWallLinkAction} name="linkId" value={link.id} label={wt("revokeLabel", { team: link.teamName, date })}>
                          {wt("revoke")}
                        </RowAction>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
