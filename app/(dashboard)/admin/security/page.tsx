import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { SecuritySettingsForm } from "@/features/identity/components/security-settings-form";
import { SsoSettingsForm } from "@/features/identity/components/sso-settings-form";
import { ssoRedirectUri } from "@/features/identity";
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
  const { sso } = settings;
  const redirect = ssoRedirectUri(await headers());
  return (
    <>
      <h1>{t("adminTitle")}</h1>
      <section className="card" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t("twoFactorTitle")}</h2>
        <p className="muted">{t("twoFactorIntro")}</p>
        <SecuritySettingsForm initial={{ twoFactorPolicy: settings.twoFactorPolicy, securityRetentionDays: String(settings.securityRetentionDays) }} />
      </section>
      <section className="card" aria-labelledby="sso-title">
        <h2 id="sso-title">{t("ssoTitle")}</h2>
        <p className="muted">{t("ssoIntro")}</p>
        <p><code className="secret">{redirect}</code></p>
        <SsoSettingsForm
          fromEnvironment={sso.fromEnvironment}
          hasSecret={sso.hasSecret}
          admins={sso.admins}
          teams={sso.teams}
          initial={{
            name: sso.name,
            issuer: sso.issuer,
            clientId: sso.clientId,
            ssoOnly: sso.rules.ssoOnly ? "on" : "",
            breakGlassUserId: sso.rules.breakGlassUserId ?? "",
            jitDomains: sso.rules.jitDomains.join(", "),
            jitTeamId: sso.rules.jitTeamId ?? "",
          }}
        />
      </section>
    </>
  );
}
