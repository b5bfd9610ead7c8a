import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { SettingsForm } from "@/features/settings/components/settings-form";
import { WallLinksSection } from "@/features/board/components/wall-links-section";
import { can } from "@/platform/auth/permissions";
import { requireUser } from "@/platform/auth/session";
import { appTimeZone } from "@/platform/time/calendar";
import { getSettings } from "@/features/settings/data";
import { listTeams } from "@/features/people/team-data";
import { listWallLinks } from "@/features/board/wall-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** Admin: company settings and wall-screen links. */
export default async function AdminPage() {
  const user = await requireUser();
  if (!can(user, { action: "administer" })) forbidden();
  const t = await getTranslations("admin");
  const ct = await getTranslations("common");
  const [settings, teams, links] = await Promise.all([getSettings(), listTeams(), listWallLinks()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <nav aria-label={t("title")} className="actions">
        <Link href="/incentives">{ct("incentives")}</Link>
        <Link href="/admin/months">{ct("months")}</Link>
        <Link href="/payouts">{ct("payouts")}</Link>
        <Link href="/admin/teams">{t("teamsLink")}</Link>
        <Link href="/admin/people">{t("peopleLink")}</Link>
        <Link href="/admin/import">{t("importLink")}</Link>
        <Link href="/admin/audit">{t("auditLink")}</Link>
      </nav>
      <section className="card" aria-labelledby="settings-title">
        <h2 id="settings-title">{t("settings")}</h2>
        <SettingsForm
          initial={{
            repsSeeScores: settings.repsSeeScores ? "on" : "",
            wallShowsScores: settings.wallShowsScores === null ? "as-reps" : settings.wallShowsScores ? "show" : "hide",
            defaultLocale: settings.defaultLocale ?? "",
            timeZone: settings.timeZone ?? "",
            jumpLimit: settings.jumpLimit,
            pillarMoveLimit: settings.pillarMoveLimit,
          }}
          timeZones={Intl.supportedValuesOf("timeZone")}
          defaultZone={appTimeZone()}
        />
      </section>
      <WallLinksSection teams={teams.map((team) => ({ id: team.id, name: team.name }))} links={links} />
    </>
  );
}
