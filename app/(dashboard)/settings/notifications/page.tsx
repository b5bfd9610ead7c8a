import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SwitchList } from "@/features/notifications/components/switch-list";
import { saveOwnNotificationsAction } from "@/features/notifications/actions";
import { ownNotificationsQuery } from "@/features/notifications/queries";
import { pageQuery } from "@/platform/http/page-query";
import { requireUser } from "@/platform/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** Everyone: which messages SSI Board sends them. */
export default async function OwnNotificationsPage() {
  const user = await requireUser();
  const t = await getTranslations("notifications");
  const { emailOn, kinds } = await pageQuery(user, ownNotificationsQuery, {});
  return (
    <>
      <h1>{t("title")}</h1>
      {!emailOn && <p className="alert alert-info">{t("emailOff")}</p>}
      <section className="card">
        <ActionForm action={saveOwnNotificationsAction} className="form" saved={t("saved")} fields>
          <SwitchList legend={t("ownIntro")} kinds={kinds} />
          <button type="submit" className="button button-primary">{t("save")}</button>
        </ActionForm>
      </section>
    </>
  );
}
