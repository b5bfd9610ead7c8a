import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { PersonForm } from "@/components/admin/person-form";
import { TableScroll } from "@/components/ui/table-scroll";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { createPersonAction } from "@/lib/people/actions";
import { listPeople } from "@/lib/people/data";
import { listTeams } from "@/lib/teams/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

/** Admins: everyone in the company, and a form to add a person. */
export default async function PeoplePage() {
  const user = await requireUser();
  if (!can(user, { action: "administer" })) forbidden();
  const t = await getTranslations("people");
  const ct = await getTranslations("common");
  const [people, teams] = await Promise.all([listPeople(), listTeams()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="new-person-title">
        <h2 id="new-person-title">{t("newTitle")}</h2>
        <p className="muted">{t("newIntro")}</p>
        <PersonForm action={createPersonAction} teams={teams.map(({ id, name }) => ({ id, name }))} initial={{ name: "", email: "", role: "REP", teamId: "", managedTeamIds: [] }} submit={t("create")} />
      </section>
      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title">{t("listTitle", { count: people.length })}</h2>
        <TableScroll label={t("listTitle", { count: people.length })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("team")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/admin/people/${p.id}`}>{p.name}</Link>
                  </th>
                  <td>{p.email}</td>
                  <td>{ct(`roles.${p.role}`)}</td>
                  <td>{p.team?.name ?? "—"}</td>
                  <td>{!p.active ? t("inactive") : p.hasPassword ? t("active") : t("invited")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}
