import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { TotpEnrolment } from "@/features/identity/components/totp-enrolment";
import { cancelSignInAction, confirmEnrolmentAction, finishEnrolmentAction } from "@/features/identity/sign-in-actions";
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
  const state = await startEnrolment(pending.user);
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
      {state.enrolled ? proceed : <TotpEnrolment enrolment={state.enrolment} action={confirmEnrolmentAction} after={proceed} />}
      <ActionForm action={cancelSignInAction}>
        <button type="submit" className="button button-quiet">{t("cancel")}</button>
      </ActionForm>
    </section>
  );
}
