import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PasswordLinkButton } from "@/features/people/components/password-link-button";
import { PersonForm } from "@/features/people/components/person-form";
import { ActionForm } from "@/components/ui/action-form";
import { requireAdmin } from "@/features/shell/admin-area";
import { updatePersonAction } from "@/features/people/actions";
import { findPerson } from "@/features/people/data";
import { listTeams } from "@/features/people/team-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("editTitle") };
}

/** Admins: change one person, deactivate or reactivate them, send them a password link. */
export default async function PersonPage({ params }: { params: Promise<{ personId: string }> }) {
  await requireAdmin();
  const person = await findPerson((await params).personId);
  if (!person) notFound();
  const t = await getTranslations("people");
  const teams = (await listTeams()).map(({ id, name }) => ({ id, name }));
  // The person's team stays choosable even when it has been archived since.
  if (person.team && !teams.some((team) => team.id === person.team?.id)) teams.push(person.team);
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
    </>
  );
}
