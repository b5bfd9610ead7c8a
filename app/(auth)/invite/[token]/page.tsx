import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/features/account/components/password-form";
import { acceptInvitationAction } from "@/features/account/actions";
import { findOpenInvitation } from "@/features/account/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("inviteTitle"), referrer: "no-referrer" };
}

/** Where an invitation or reset link leads: the person chooses their password, then is signed in. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("account");
  const invitation = await findOpenInvitation(token);
  if (!invitation) {
    return (
      <section className="card sign-in-card" aria-labelledby="invite-title">
        <h1 id="invite-title">{t("linkInvalidTitle")}</h1>
        <p>{t("linkInvalid")}</p>
        <p>
          <Link href="/sign-in">{t("toSignIn")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="card sign-in-card" aria-labelledby="invite-title">
      <h1 id="invite-title">{invitation.purpose === "reset" ? t("resetTitle") : t("inviteTitle")}</h1>
      <p>{t("inviteIntro", { name: invitation.name, email: invitation.email })}</p>
      <PasswordForm action={acceptInvitationAction} token={token} email={invitation.email} submit={t("setPassword")} />
    </section>
  );
}
