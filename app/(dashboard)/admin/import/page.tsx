import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/features/imports/components/import-form";
import { requireAdmin } from "@/features/shell/admin-area";
import { savedMappings } from "@/features/imports/mapping-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importPage"))("title") };
}

/** Admins: bring in people and months of score history from a spreadsheet. */
export default async function ImportPage() {
  await requireAdmin();
  const t = await getTranslations("importPage");
  const names = async (kind: "people" | "scores") => (await savedMappings(kind)).map((m) => m.name);
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
        <ImportForm savedMappings={{ people: await names("people"), scores: await names("scores") }} />
      </section>
    </>
  );
}
