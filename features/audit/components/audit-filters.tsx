import { getTranslations } from "next-intl/server";
import { AUDIT_KINDS } from "@/platform/audit/kinds";
import { exportHref } from "@/platform/spreadsheets/format";

/** The audit log's filters: a GET form, so a filtered view is a link. */
export async function AuditFilters({ people, params, exportQuery }: { people: { id: string; name: string }[]; params: URLSearchParams; exportQuery: string }) {
  const t = await getTranslations("audit");
  const tx = await getTranslations("exports");
  return (
    <form method="get" className="form inline-fields card" aria-label={t("filter")}>
      <div className="field">
        <label htmlFor="audit-actor">{t("person")}</label>
        <select id="audit-actor" name="actor" defaultValue={params.get("actor") ?? ""}>
          <option value="">{t("everyone")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>{p.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-kind">{t("kind")}</label>
        <select id="audit-kind" name="kind" defaultValue={params.get("kind") ?? ""}>
          <option value="">{t("allKinds")}</option>
          <option value="security">{t("securityKinds")}</option>
          {AUDIT_KINDS.map((k) => (
            <option key={k} value={k}>{t(`kinds.${k}`)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from">{t("from")}</label>
        <input id="audit-from" type="date" name="from" defaultValue={params.get("from") ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">{t("to")}</label>
        <input id="audit-to" type="date" name="to" defaultValue={params.get("to") ?? ""} />
      </div>
      <button type="submit" className="button button-primary">{t("filter")}</button>
      <a className="button button-secondary button-link" href={exportHref("/api/exports/audit", exportQuery, "csv")} download>{t("export")}</a>
      <a className="button button-secondary button-link" href={exportHref("/api/exports/audit", exportQuery, "xlsx")} download>{tx("excel")}</a>
    </form>
  );
}
