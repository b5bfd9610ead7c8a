import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PasswordLinkButton } from "@/features/people/components/password-link-button";
import { PersonForm } from "@/features/people/components/person-form";
import { ActionForm } from "@/components/ui/action-form";
import { requireAdmin } from "@/features/shell/admin-area";
import { updatePersonAction } from "@/features/people/actions";
import { personPageQuery } from "@/features/people/queries";
import { pageQuery } from "@/platform/http/page-query";
import { PersonSecurity } from "@/features/identity/components/person-security";
import { personSecurityQuery } from "@/features/identity/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("editTitle") };
}

/** Admins: change one person, deactivate or reactivate them, send them a password link. */
export default async function PersonPage({ params }: { params: Promise<{ personId: string }> }) {
  const user = await requireAdmin();
  const { person, teams } = await pageQuery(user, personPageQuery, await params);
  const security = await pageQuery(user, personSecurityQuery, { userId: person.id });
  const t = await getTranslations("people");
  return (
    <>
      <p>
        <Link href="/admin/people">{t("back")}</Link>
      </p>
      <h1>{person.name}</h1>
      <p className="muted">{!person.active ? t("inactive") : person.hasPassword ? t("active") : t("invited")}</p>
      <section className="card" aria-labelledby="edit-title">
        <h2 id="edit-title">{t("editTitle")}</h2>
        <p className="muted">{t("teamHistory")}</p>
        <PersonForm
          action={updatePersonAction}
          teams={teams}
          userId={person.id}
          initial={{ name: person.name, email: person.email, role: person.role, teamId: person.team?.id ?? "", managedTeamIds: person.managedTeams.map((m) => m.id) }}
          submit={t("save")}
        />
      </section>
      <section className="card" aria-labelledby="access-title">
        <h2 id="access-title">{t("accessTitle")}</h2>
        {person.active && <PasswordLinkButton userId={person.id} name={person.name} hasPassword={person.hasPassword} />}
        <ActionForm action={updatePersonAction} className="form" fields>
          <input type="hidden" name="userId" value={person.id} />
          <input type="hidden" name="active" value={person.active ? "false" : "true"} />
          <p className="muted">{person.active ? t("deactivateIntro") : t("reactivateIntro")}</p>
          <button type="submit" className="button button-secondary">
            {person.active ? t("deactivate") : t("reactivate")}
          </button>
        </ActionForm>
      </section>
      <PersonSecurity userId={person.id} name={person.name} security={security} />
    </>
  );
}
