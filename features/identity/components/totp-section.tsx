import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { DATE_AND_TIME } from "@/platform/i18n/format";
import { beginTotpAction, confirmTotpAction, removeTotpAction } from "../actions";
import { TotpEnrolment } from "./totp-enrolment";

/** The security page's authenticator app: on (and removable), being enrolled, or offered; and whether the company requires a factor that is missing. */
export async function TotpSection({ since, enrolment, missingRequired }: { since: string | null; enrolment: { qr: string; secret: string } | null; missingRequired: boolean }) {
  const [t, format] = await Promise.all([getTranslations("twoFactor"), getFormatter()]);
  return (
    <section className="card" aria-labelledby="totp-title">
      <h2 id="totp-title">{t("appTitle")}</h2>
      {missingRequired && <p className="alert">{t("required")}</p>}
      {since ? (
        <>
          <p>{t("appOn", { since: format.dateTime(new Date(since), DATE_AND_TIME) })}</p>
          <ActionForm action={removeTotpAction} className="form">
            <button type="submit" className="button button-secondary">{t("remove")}</button>
          </ActionForm>
        </>
      ) : enrolment ? (
        <TotpEnrolment enrolment={enrolment} action={confirmTotpAction} after={<a href="/settings/security" className="button button-primary button-link">{t("done")}</a>} />
      ) : (
        <>
          <p>{t("appIntro")}</p>
          <ActionForm action={beginTotpAction} className="form">
            <button type="submit" className="button button-primary">{t("setUp")}</button>
          </ActionForm>
        </>
      )}
    </section>
  );
}
