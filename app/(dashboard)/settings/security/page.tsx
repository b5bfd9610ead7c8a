import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { addPasskeyAction, beginTotpAction, confirmTotpAction, endOtherSessionsAction, passkeyOptionsAction, removeTotpAction, renewRecoveryCodesAction } from "@/features/identity/actions";
import { AddPasskey } from "@/features/identity/components/passkey-ceremony";
import { PasskeyList } from "@/features/identity/components/passkey-list";
import { defaultPasskeyName } from "@/features/identity/default-passkey-name";
import { passkeysWorkHere } from "@/features/identity/relying-party";
import { RenewRecoveryCodes } from "@/features/identity/components/recovery-codes";
import { SessionTable } from "@/features/identity/components/session-table";
import { TotpEnrolment } from "@/features/identity/components/totp-enrolment";
import { ownSecurityQuery } from "@/features/identity/queries";
import { requireUser } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { DATE_AND_TIME } from "@/platform/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

/** Everyone: where they are signed in (and ending it), and their second factors. */
export default async function SecurityPage() {
  const user = await requireUser();
  const { sessions, factors, enrolment, required } = await pageQuery(user, ownSecurityQuery, {});
  const t = await getTranslations("security");
  const tf = await getTranslations("twoFactor");
  const tp = await getTranslations("passkeys");
  const [available, defaultName] = await Promise.all([passkeysWorkHere(), defaultPasskeyName()]);
  const format = await getFormatter();
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
      <section className="card" aria-labelledby="totp-title">
        <h2 id="totp-title">{tf("appTitle")}</h2>
        {required && !factors.hasFactor && <p className="alert">{tf("required")}</p>}
        {factors.totp ? (
          <>
            <p>{tf("appOn", { since: format.dateTime(new Date(factors.totp.since), DATE_AND_TIME) })}</p>
            <ActionForm action={removeTotpAction} className="form">
              <button type="submit" className="button button-secondary">{tf("remove")}</button>
            </ActionForm>
          </>
        ) : enrolment ? (
          <TotpEnrolment enrolment={enrolment} action={confirmTotpAction} after={<a href="/settings/security" className="button button-primary button-link">{tf("done")}</a>} />
        ) : (
          <>
            <p>{tf("appIntro")}</p>
            <ActionForm action={beginTotpAction} className="form">
              <button type="submit" className="button button-primary">{tf("setUp")}</button>
            </ActionForm>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="passkeys-title">
        <h2 id="passkeys-title">{tp("title")}</h2>
        <p>{tp("intro")}</p>
        <PasskeyList passkeys={factors.passkeys} />
        <AddPasskey
          options={passkeyOptionsAction}
          add={addPasskeyAction}
          defaultName={defaultName}
          available={available}
          after={<a href="/settings/security" className="button button-primary button-link">{tf("done")}</a>}
        />
      </section>
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
