import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/features/settings/components/settings-form";
import { WallLinksSection } from "@/features/board/components/wall-links-section";
import { requireAdmin } from "@/features/shell/admin-area";
import { appTimeZone } from "@/platform/time/calendar";
import { getSettings } from "@/features/settings/data";
import { listTeams } from "@/features/people/team-data";
import { listWallLinks } from "@/features/board/wall-links-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** Admin: company settings and wall-screen links. */
export default async function AdminPage() {
  await requireAdmin();
  const t = await getTranslations("admin");
  const [settings, teams, links] = await Promise.all([getSettings(), listTeams(), listWallLinks()]);
  return (
    <>
      <h1>{t("title")}</h1>
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
