import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { CodeForm } from "@/features/identity/components/code-form";
import { cancelSignInAction, passkeyOptionsAction, verifyPasskeyAction, verifySecondFactorAction } from "@/features/identity/sign-in-actions";
import { UsePasskey } from "@/features/identity/components/passkey-ceremony";
import { secondFactorsOfPending } from "@/features/identity/pending";
import { passkeysWorkHere } from "@/features/identity/relying-party";
import { currentPendingSession } from "@/features/identity/pending";
import { safeCallbackUrl } from "@/platform/auth/callback-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("verifyTitle") };
}

/** The second step of signing in: a code from the person's authenticator app, or a recovery code. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const pending = await currentPendingSession();
  if (!pending) redirect("/sign-in");
  if (pending.step === "ENROL") redirect(`/sign-in/enrol?${new URLSearchParams({ callbackUrl })}`);
  const t = await getTranslations("twoFactor");
  const tp = await getTranslations("passkeys");
  const [{ totp, passkeys }, available] = await Promise.all([secondFactorsOfPending(pending), passkeysWorkHere()]);
  return (
    <section className="card sign-in-card" aria-labelledby="verify-title">
      <h1 id="verify-title">{t("verifyTitle")}</h1>
      <p>{t(totp ? "verifyIntro" : "verifyIntroPasskey", { email: pending.user.email })}</p>
      {passkeys && <UsePasskey purpose="second-factor" options={passkeyOptionsAction} finish={verifyPasskeyAction} callbackUrl={callbackUrl} label={tp("useForSecondFactor")} available={available} />}
      {/* Always there: recovery codes, and the app's codes when there is one. */}
      <CodeForm action={verifySecondFactorAction} callbackUrl={callbackUrl} submit={t("verify")} recovery />
      <ActionForm action={cancelSignInAction}>
        <button type="submit" className="button button-quiet">{t("cancel")}</button>
      </ActionForm>
    </section>
  );
}
