import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/features/audit/components/audit-filters";
import { AuditTable } from "@/features/audit/components/audit-table";
import { Invalid } from "@/platform/errors/domain-errors";
import { runQuery } from "@/platform/http/query";
import { pageQuery } from "@/platform/http/page-query";
import { auditFiltersQuery, auditPageQuery } from "@/features/audit/queries";
import { readAuditQuery } from "@/features/audit/query";
import { requireAdmin } from "@/features/shell/admin-area";
import { toSearchParams } from "@/features/board/query-string";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}


/** Admins: who did what and when, filtered, a page at a time, and as CSV. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAdmin();
  const t = await getTranslations("audit");
  const fieldT = await getTranslations("fieldErrors");
  const params = toSearchParams(await searchParams);
  const read = readAuditQuery(params);
  const { people, timeZone: zone } = await pageQuery(user, auditFiltersQuery, {});
  // A cursor that is not ours (an edited link) is the one refusal left once the filter reads.
  const page = read.ok
    ? await runQuery(user, auditPageQuery, { params }).catch((caught: unknown) => {
        if (caught instanceof Invalid) return null;
        throw caught;
      })
    : null;
  const filters = new URLSearchParams(params);
  filters.delete("cursor");
  const next = page?.next ? `?${new URLSearchParams({ ...Object.fromEntries(filters), cursor: page.next })}` : null;
  const problems = !read.ok ? Object.values(read.fields).map((e) => fieldT(e.code as "required", e.params)) : page ? [] : [fieldT("cursor-invalid")];
  return (
    <>
      <h1>{t("title")}</h1>
      <AuditFilters people={people} params={params} exportQuery={filters.toString()} />
      {problems.length > 0 && <p className="alert alert-error" role="alert">{problems.join(" ")}</p>}
      {page && page.lines.length === 0 && <p className="card">{t("empty")}</p>}
      {page && page.lines.length > 0 && <AuditTable lines={page.lines} timeZone={zone} />}
      <p className="actions">
        {params.get("cursor") && <Link href={`?${filters}`}>{t("first")}</Link>}
        {next && <Link href={next}>{t("next")}</Link>}
      </p>
    </>
  );
}
