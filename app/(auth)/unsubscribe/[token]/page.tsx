import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { unsubscribeAction } from "@/features/notifications/actions";
import { readUnsubscribeToken } from "@/features/notifications/links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("unsubscribeTitle"), referrer: "no-referrer" };
}

/** Where an email's "stop these emails" link leads: one button, no sign-in (the link's secret is the credential). */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("notifications");
  const read = readUnsubscribeToken(token);
  return (
    <section className="card sign-in-card" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">{t("unsubscribeTitle")}</h1>
      {read ? (
        <ActionForm action={unsubscribeAction} className="form" saved={t("unsubscribed", { kind: t(`kinds.${read.kind}`) })}>
          <p>{t("unsubscribeAsk", { kind: t(`kinds.${read.kind}`) })}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button button-primary">{t("unsubscribeConfirm")}</button>
        </ActionForm>
      ) : (
        <p>{t("unsubscribeInvalid")}</p>
      )}
      <p>
        <Link href="/settings/notifications">{t("settingsLink")}</Link>
      </p>
    </section>
  );
}
