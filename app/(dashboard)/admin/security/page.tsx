import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SecuritySettingsForm } from "@/features/identity/components/security-settings-form";
import { securitySettingsQuery } from "@/features/identity/queries";
import { requireAdmin } from "@/features/shell/admin-area";
import { pageQuery } from "@/platform/http/page-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("adminTitle") };
}

/** Admins: the company's sign-in rules. */
export default async function AdminSecurityPage() {
  const user = await requireAdmin();
  const settings = await pageQuery(user, securitySettingsQuery, {});
  const t = await getTranslations("security");
  return (
    <>
      <h1>{t("adminTitle")}</h1>
      <section className="card" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t("twoFactorTitle")}</h2>
        <p className="muted">{t("twoFactorIntro")}</p>
        <SecuritySettingsForm initial={{ twoFactorPolicy: settings.twoFactorPolicy, securityRetentionDays: String(settings.securityRetentionDays) }} />
      </section>
    </>
  );
}
