import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonForm } from "@/features/people/components/person-form";
import { PeopleTable } from "@/features/people/components/people-table";
import { requireAdmin } from "@/features/shell/admin-area";
import { createPersonAction } from "@/features/people/actions";
import { peopleListQuery, teamChoicesQuery } from "@/features/people/queries";
import { pageQuery } from "@/platform/http/page-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

/** Admins: everyone in the company, and a form to add a person. */
export default async function PeoplePage() {
  const user = await requireAdmin();
  const t = await getTranslations("people");
  // The same list as GET /api/v1/users; the form offers the teams that are not archived.
  const [people, teams] = await Promise.all([pageQuery(user, peopleListQuery, {}), pageQuery(user, teamChoicesQuery, {})]);
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="new-person-title">
        <h2 id="new-person-title">{t("newTitle")}</h2>
        <p className="muted">{t("newIntro")}</p>
        <PersonForm action={createPersonAction} teams={teams} initial={{ name: "", email: "", role: "REP", teamId: "", managedTeamIds: [] }} submit={t("create")} />
      </section>
      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title">{t("listTitle", { count: people.length })}</h2>
        <PeopleTable people={people} label={t("listTitle", { count: people.length })} />
      </section>
    </>
  );
}
