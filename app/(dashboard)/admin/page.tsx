import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/features/settings/components/settings-form";
import { WallLinksSection } from "@/features/board/components/wall-links-section";
import { requireAdmin } from "@/features/shell/admin-area";
import { appTimeZone } from "@/platform/time/calendar";
import { pageQuery } from "@/platform/http/page-query";
import { settingsQuery } from "@/features/settings/queries";
import { wallLinksQuery } from "@/features/board/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

/** Admin: company settings and wall-screen links. */
export default async function AdminPage() {
  const user = await requireAdmin();
  const t = await getTranslations("admin");
  const [settings, { teams, links }] = await Promise.all([pageQuery(user, settingsQuery, {}), pageQuery(user, wallLinksQuery, {})]);
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
      <WallLinksSection teams={teams} links={links} />
    </>
  );
}
