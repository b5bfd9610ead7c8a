import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/features/account/components/password-form";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { changePasswordAction, renameSelfAction } from "@/features/account/actions";
import { requireUser } from "@/platform/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** Everyone: their own name and password. */
export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("account");
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="name-title">
        <h2 id="name-title">{t("nameTitle")}</h2>
        <ActionForm action={renameSelfAction} className="form" saved={t("nameSaved")} fields>
          <FormField id="own-name" label={t("name")}>
            <input name="name" defaultValue={user.name} maxLength={100} autoComplete="name" />
          </FormField>
          <button type="submit" className="button button-primary">{t("saveName")}</button>
        </ActionForm>
      </section>
      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">{t("passwordTitle")}</h2>
        <p className="muted">{t("passwordIntro")}</p>
        <PasswordForm action={changePasswordAction} email={user.email} submit={t("changePassword")} />
      </section>
    </>
  );
}
