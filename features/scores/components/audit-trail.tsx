import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { DATE_AND_TIME, formatMonth, formatScore } from "@/platform/i18n/format";
import type { AuditRecord } from "@/features/scores/data";

/** Every change to a rep's scores: who, when, from what to what, and how (repPageQuery reads it for those who may view the rep). */
export async function AuditTrail({ trail }: { trail: AuditRecord[] }) {
  if (trail.length === 0) return null;
  const t = await getTranslations("rep");
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <section className="card" aria-labelledby="audit-title">
      <details>
        <summary id="audit-title">{t("auditTitle")}</summary>
        <TableScroll label={t("auditCaption")}>
          <table data-testid="audit-trail">
            <caption className="sr-only">{t("auditCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("auditWhen")}</th>
                <th scope="col">{t("auditWho")}</th>
                <th scope="col">{t("auditWhat")}</th>
                <th scope="col">{t("source")}</th>
                <th scope="col">{t("auditReason")}</th>
              </tr>
            </thead>
            <tbody>
              {trail.map((a) => (
                <tr key={a.id}>
                  <td>{format.dateTime(new Date(a.at), DATE_AND_TIME)}</td>
                  <td>{a.actorName ?? "—"}</td>
                  <td>
                    {a.action === "CREATE"
                      ? t("auditCreated", { month: formatMonth(locale, a.month), total: formatScore(locale, a.newValues.total ?? "0") })
                      : t("auditUpdated", {
                          month: formatMonth(locale, a.month),
                          oldTotal: formatScore(locale, a.oldValues?.total ?? "0"),
                          total: formatScore(locale, a.newValues.total ?? "0"),
                        })}
                  </td>
                  <td>{t(`sources.${a.source}`)}</td>
                  <td data-testid="audit-reason">{a.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
