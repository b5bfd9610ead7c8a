import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/features/imports/components/import-form";
import { requireAdmin } from "@/features/shell/admin-area";
import { savedMappingsQuery } from "@/features/imports/queries";
import { pageQuery } from "@/platform/http/page-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importPage"))("title") };
}

/** Admins: bring in people and months of score history from a spreadsheet. */
export default async function ImportPage() {
  const user = await requireAdmin();
  const t = await getTranslations("importPage");
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card">
        <p>{t("intro")}</p>
        <ul>
          <li>{t("layoutPeople")}</li>
          <li>{t("layoutLong")}</li>
          <li>{t("layoutWide")}</li>
          <li>{t("layoutSingle")}</li>
        </ul>
        <ImportForm savedMappings={await pageQuery(user, savedMappingsQuery, {})} />
      </section>
    </>
  );
}
