import { getTranslations } from "next-intl/server";

/** "Sign in with <provider>": a link, as single sign-on needs no JavaScript; "or" below it unless passwords are off. */
export async function SsoButton({ name, callbackUrl, ssoOnly }: { name: string; callbackUrl: string; ssoOnly: boolean }) {
  const t = await getTranslations("signIn");
  const href = `/api/auth/sso${callbackUrl !== "/" ? `?${new URLSearchParams({ callbackUrl })}` : ""}`;
  return (
    <>
      <p>
        <a className="button button-primary button-link sso-button" href={href}>{t("ssoButton", { name })}</a>
      </p>
      {!ssoOnly && <p className="muted sign-in-or">{t("or")}</p>}
    </>
  );
}
