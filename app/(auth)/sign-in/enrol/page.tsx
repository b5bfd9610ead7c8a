import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { TotpEnrolment } from "@/features/identity/components/totp-enrolment";
import { cancelSignInAction, confirmEnrolmentAction, enrolPasskeyAction, finishEnrolmentAction, passkeyOptionsAction } from "@/features/identity/sign-in-actions";
import { AddPasskey } from "@/features/identity/components/passkey-ceremony";
import { defaultPasskeyName } from "@/features/identity/default-passkey-name";
import { passkeysWorkHere } from "@/features/identity/relying-party";
import { currentPendingSession } from "@/features/identity/pending";
import { startEnrolment } from "@/features/identity/enrolment";
import { safeCallbackUrl } from "@/platform/auth/callback-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("enrolTitle") };
}

/** After the password, for someone the company requires a second factor of and who has none yet. */
export default async function EnrolPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const pending = await currentPendingSession();
  if (!pending) redirect("/sign-in");
  if (pending.step === "SECOND_FACTOR") redirect(`/sign-in/verify?${new URLSearchParams({ callbackUrl })}`);
  const t = await getTranslations("twoFactor");
  const tp = await getTranslations("passkeys");
  const [state, available, defaultName] = await Promise.all([startEnrolment(pending.user), passkeysWorkHere(), defaultPasskeyName()]);
  const proceed = (
    <ActionForm action={finishEnrolmentAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className="button button-primary">{t("continue")}</button>
    </ActionForm>
  );
  return (
    <section className="card sign-in-card" aria-labelledby="enrol-title">
      <h1 id="enrol-title">{t("enrolTitle")}</h1>
      <p>{t("enrolIntro")}</p>
      {state.enrolled ? (
        proceed
      ) : (
        <>
          <h2>{t("appTitle")}</h2>
          <TotpEnrolment enrolment={state.enrolment} action={confirmEnrolmentAction} after={proceed} />
          <h2 className="enrol-alternative">{tp("enrolTitle")}</h2>
          <p>{tp("enrolIntro")}</p>
          <AddPasskey options={passkeyOptionsAction} add={enrolPasskeyAction} defaultName={defaultName} available={available} after={proceed} purpose="enrol" />
        </>
      )}
      <ActionForm action={cancelSignInAction}>
        <button type="submit" className="button button-quiet">{t("cancel")}</button>
      </ActionForm>
    </section>
  );
}
