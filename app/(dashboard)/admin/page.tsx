import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { WallLinksSection } from "@/components/wall/wall-links-section";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { saveSettingsAction } from "@/lib/settings/actions";
import { getSettings } from "@/lib/settings/data";
import { listTeams } from "@/lib/teams/data";
import { listWallLinks } from "@/lib/wall/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** Admin: company settings and wall-screen links. */
export default async function AdminPage() {
  const user = await requireUser();
  if (!can(user, { action: "administer" })) forbidden();
  const t = await getTranslations("admin");
  const at = await getTranslations("actions");
  const ct = await getTranslations("common");
  const [settings, teams, links] = await Promise.all([getSettings(), listTeams(), listWallLinks()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <nav aria-label={t("title")} className="actions">
        <Link href="/incentives">{ct("incentives")}</Link>
        <Link href="/admin/months">{ct("months")}</Link>
        <Link href="/payouts">{ct("payouts")}</Link>
      </nav>
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
      <WallLinksSection teams={teams.map((team) => ({ id: team.id, name: team.name }))} links={links} />
    </>
  );
}
