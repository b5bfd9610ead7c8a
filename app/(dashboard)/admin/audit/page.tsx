import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { TableScroll } from "@/components/ui/table-scroll";
import { ApiError } from "@/lib/api/errors";
import { auditPeople } from "@/lib/audit/data";
import { AUDIT_KINDS } from "@/lib/audit/kinds";
import { loadAuditPage } from "@/lib/audit/load";
import { readAuditQuery } from "@/lib/audit/query";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatShortMonth } from "@/lib/i18n/format";
import { toSearchParams } from "@/lib/leaderboard/board-query";
import { companyTimeZone } from "@/lib/settings/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

/** What a line without a person or team is about: a challenge's title, an import's counts. */
function about(details: Record<string, unknown> | null, counts: (c: { created: number; updated: number; unchanged: number }) => string): string {
  if (!details) return "";
  if (typeof details.title === "string") return details.title;
  const count = (key: string) => (typeof details[key] === "number" ? (details[key] as number) : 0);
  return typeof details.created === "number" ? counts({ created: count("created"), updated: count("updated"), unchanged: count("unchanged") }) : "";
}

/** Admins: who did what and when, filtered, a page at a time, and as CSV. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, { action: "administer" })) forbidden();
  const t = await getTranslations("audit");
  const fieldT = await getTranslations("fieldErrors");
  const locale = await getLocale();
  const params = toSearchParams(await searchParams);
  const read = readAuditQuery(params);
  const [people, zone] = await Promise.all([auditPeople(), companyTimeZone()]);
  // A cursor that is not ours (an edited link) is the one refusal left once the filter reads.
  const page = read.ok
    ? await loadAuditPage(params).catch((caught: unknown) => {
        if (caught instanceof ApiError) return null;
        throw caught;
      })
    : null;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: zone });
  const filters = new URLSearchParams(params);
  filters.delete("cursor");
  const next = page?.next ? `?${new URLSearchParams({ ...Object.fromEntries(filters), cursor: page.next })}` : null;
  const problems = !read.ok ? Object.values(read.fields).map((e) => fieldT(e.code as "required", e.params)) : page ? [] : [fieldT("cursor-invalid")];
  return (
    <>
      <h1>{t("title")}</h1>
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
        <a className="button button-secondary button-link" href={`/api/exports/audit?${filters}`} download>{t("export")}</a>
      </form>
      {problems.length > 0 && <p className="alert alert-error" role="alert">{problems.join(" ")}</p>}
      {page && page.lines.length === 0 && <p className="card">{t("empty")}</p>}
      {page && page.lines.length > 0 && (
        <TableScroll label={t("caption")}>
          <table data-testid="audit-log">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("at")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("actor")}</th>
                <th scope="col">{t("subject")}</th>
                <th scope="col">{t("month")}</th>
                <th scope="col">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {page.lines.map((line) => (
                <tr key={line.id}>
                  <td><time dateTime={line.at}>{when.format(new Date(line.at))}</time></td>
                  <td>
                    {t(`kinds.${line.kind}`)}
                    {line.details?.source === "IMPORT" && <span className="muted"> ({t("imported")})</span>}
                  </td>
                  <td>{line.actor?.name ?? "—"}</td>
                  <td>{line.subject?.name ?? about(line.details, (c) => t("importCounts", c))}</td>
                  <td>{line.month ? formatShortMonth(locale, line.month) : ""}</td>
                  <td>{line.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="actions">
        {params.get("cursor") && <Link href={`?${filters}`}>{t("first")}</Link>}
        {next && <Link href={next}>{t("next")}</Link>}
      </p>
    </>
  );
}
