import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import type { PersonRow } from "@/features/people/data";

/** Everyone, with their role, team and whether they have set a password yet. */
export async function PeopleTable({ people, label }: { people: PersonRow[]; label: string }) {
  const t = await getTranslations("people");
  const ct = await getTranslations("common");
  return (
    <TableScroll label={label}>
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
  );
}
