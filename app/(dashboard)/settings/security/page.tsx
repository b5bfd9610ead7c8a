import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { endOtherSessionsAction, renewRecoveryCodesAction } from "@/features/identity/actions";
import { PasskeySection } from "@/features/identity/components/passkey-section";
import { RenewRecoveryCodes } from "@/features/identity/components/recovery-codes";
import { SessionTable } from "@/features/identity/components/session-table";
import { TotpSection } from "@/features/identity/components/totp-section";
import { ownSecurityQuery } from "@/features/identity/queries";
import { requireUser } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

/** Everyone: where they are signed in (and ending it), and their second factors. */
export default async function SecurityPage() {
  const user = await requireUser();
  const { sessions, factors, enrolment, required } = await pageQuery(user, ownSecurityQuery, {});
  const t = await getTranslations("security");
  const tf = await getTranslations("twoFactor");
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("sessionsTitle")}</h2>
        <p className="muted">{t("sessionsIntro")}</p>
        <SessionTable sessions={sessions} endable />
        {/* Always there: it says it worked once the others are gone. */}
        <ActionForm action={endOtherSessionsAction} className="form" saved={t("othersEnded")}>
          <button type="submit" className="button button-secondary">{t("endOthers", { count: others })}</button>
        </ActionForm>
      </section>
      <TotpSection since={factors.totp?.since ?? null} enrolment={enrolment} missingRequired={required && !factors.hasFactor} />
      <PasskeySection passkeys={factors.passkeys} />
      {factors.hasFactor && (
        <section className="card" aria-labelledby="codes-title">
          <h2 id="codes-title">{tf("codesSection")}</h2>
          <p className="muted">{tf("codesSectionIntro")}</p>
          <RenewRecoveryCodes action={renewRecoveryCodesAction} left={factors.recoveryLeft} />
        </section>
      )}
    </>
  );
}
