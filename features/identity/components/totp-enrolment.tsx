import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/platform/http/define-action";
import { CodeForm } from "./code-form";

/**
 * Enrolling an authenticator app: its QR code (drawn on the server, so no
 * image service sees the secret), the secret to type instead, and a code to
 * confirm. `after` follows the recovery codes once confirmed.
 */
export async function TotpEnrolment({ enrolment, action, after }: { enrolment: { qr: string; secret: string }; action: FormAction<{ codes: string[] }>; after: React.ReactNode }) {
  const t = await getTranslations("twoFactor");
  return (
    <div className="totp-enrolment">
      <ol className="steps">
        <li>{t("enrolScan")}</li>
        <li>{t("enrolConfirm")}</li>
      </ol>
      {/* The SVG is qrcode's own output for our otpauth:// address: paths only, no script. */}
      <div className="qr-code" role="img" aria-label={t("qrLabel")} dangerouslySetInnerHTML={{ __html: enrolment.qr }} />
      <p>
        {t("secretIntro")} <code className="secret">{enrolment.secret}</code>
      </p>
      <CodeForm action={action} submit={t("confirm")} after={after} />
    </div>
  );
}
