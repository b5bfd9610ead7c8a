import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/features/account/components/sign-in-form";
import { getCurrentUser } from "@/platform/auth/session";
import { safeCallbackUrl } from "@/platform/auth/callback-url";
import { refusalFromQuery, signInRefusal } from "@/platform/http/sign-in-refusal";
import { signInChoices } from "@/features/identity";
import { UsePasskey } from "@/features/identity/components/passkey-ceremony";
import { passkeyOptionsAction, passkeySignInAction } from "@/features/identity/sign-in-actions";
import { passkeysWorkHere } from "@/features/identity/relying-party";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("signIn");
  const common = await getTranslations("common");
  // Said by the sign-in endpoint to a browser without JavaScript (app/api/auth/sign-in).
  const refusal = refusalFromQuery(params.error, params.wait);
  const all = await getTranslations();
  const refused = refusal ? signInRefusal(refusal, (key, values) => all(key, values)).message : null;
  const { sso, ssoOnly } = await signInChoices();
  const ssoHref = `/api/auth/sso${callbackUrl !== "/" ? `?${new URLSearchParams({ callbackUrl })}` : ""}`;
  const available = await passkeysWorkHere();
  const passkey = <UsePasskey purpose="sign-in" options={passkeyOptionsAction} finish={passkeySignInAction} callbackUrl={callbackUrl} label={t("passkey")} available={available} before={<p className="muted sign-in-or">{t("or")}</p>} />;
  const form = <SignInForm callbackUrl={callbackUrl} refused={refused} />;
  return (
    <section className="card sign-in-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("title")}</h1>
      <p className="muted">{common("tagline")}</p>
      {sso && (
        <>
          {/* A link: single sign-on needs no JavaScript. */}
          <p>
            <a className="button button-primary button-link sso-button" href={ssoHref}>{t("ssoButton", { name: sso.name })}</a>
          </p>
          {!ssoOnly && <p className="muted sign-in-or">{t("or")}</p>}
        </>
      )}
      {ssoOnly ? (
        <>
          {refused && <p className="alert alert-error" role="alert" id="sign-in-error">{refused}</p>}
          <details>
            <summary>{t("passwordInstead")}</summary>
            <SignInForm callbackUrl={callbackUrl} refused={null} />
            {passkey}
          </details>
        </>
      ) : (
        <>
          <p>{t("intro")}</p>
          {form}
          {passkey}
        </>
      )}
    </section>
  );
}
