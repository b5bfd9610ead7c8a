import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/features/account/components/sign-in-form";
import { getCurrentUser } from "@/platform/auth/session";
import { safeCallbackUrl } from "@/platform/auth/callback-url";
import { refusalFromQuery, signInRefusal } from "@/platform/http/sign-in-refusal";
import { signInChoices } from "@/features/identity";
import { PasskeySignIn } from "@/features/identity/components/passkey-sign-in";
import { SsoButton } from "@/features/identity/components/sso-button";

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
  const passkey = <PasskeySignIn callbackUrl={callbackUrl} />;
  return (
    <section className="card sign-in-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("title")}</h1>
      <p className="muted">{common("tagline")}</p>
      {sso && <SsoButton name={sso.name} callbackUrl={callbackUrl} ssoOnly={ssoOnly} />}
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
          <SignInForm callbackUrl={callbackUrl} refused={refused} />
          {passkey}
        </>
      )}
    </section>
  );
}
