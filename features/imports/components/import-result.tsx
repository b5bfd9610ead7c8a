"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatMonth } from "@/platform/i18n/format";
import type { LineError } from "@/features/imports/kinds";
import type { ImportResult } from "@/features/imports/mutations";
import { TableScroll } from "@/components/ui/table-scroll";
import { InvitationLink } from "@/features/people/client";

/** What a check or an import found: counts, how the file was read, and every line to look at. */
export function ImportResultView({ result }: { result: ImportResult & { savedMapping: string | null } }) {
  const t = useTranslations("importPage");
  const locale = useLocale();
  const { reading } = result;
  const refused = result.errors.length > 0;
  const ignoredColumns = reading?.columns.filter((c) => c.meaning === "ignore" && c.heading !== "").map((c) => c.heading) ?? [];
  return (
    <section className="card" aria-labelledby="import-result" data-testid="import-result">
      <h2 id="import-result">{refused ? t("refused", { count: result.errors.length + total(result.notShown.errors) }) : result.dryRun ? t("checked") : t("done")}</h2>
      <p>{t(refused ? "otherLinesWould" : result.dryRun ? "wouldCount" : "count", { created: result.created, updated: result.updated, unchanged: result.unchanged })}</p>
      {result.savedMapping && <p className="alert alert-ok">{t("mappingSaved", { name: result.savedMapping })}</p>}
      {reading && (
        <ul data-testid="import-reading">
          {reading.sheet !== null && <li>{t("readSheet", { sheet: reading.sheet, count: reading.sheets.length })}</li>}
          {reading.titleLines.length > 0 && <li>{t("titleLinesSkipped", { lines: reading.titleLines.join(", "), header: reading.headerLine })}</li>}
          {reading.layout !== null && reading.layout !== "people" && <li>{t(`layouts.${reading.layout}`)}</li>}
          {reading.month !== null && <li>{t("singleMonth", { month: formatMonth(locale, reading.month) })}</li>}
          {ignoredColumns.length > 0 && <li>{t("columnsIgnored", { columns: ignoredColumns.join(", ") })}</li>}
          {result.ignoredLines.length > 0 && (
            <li>{t("linesIgnored", { lines: result.ignoredLines.map((l) => `${l.line} (${l.text})`).join(", ") })}</li>
          )}
        </ul>
      )}
      {result.teamsToCreate.length > 0 && <p>{t("teamsToCreate", { teams: result.teamsToCreate.join(", ") })}</p>}
      {result.skipped.length > 0 && (
        <LineTable testId="import-skipped" title={t("skipped", { count: result.skipped.length + total(result.notShown.skipped) })} lines={result.skipped} more={result.notShown.skipped} />
      )}
      {result.warnings.length > 0 && (
        <LineTable testId="import-warnings" title={t("warnings", { count: result.warnings.length + total(result.notShown.warnings) })} lines={result.warnings} more={result.notShown.warnings} />
      )}
      {refused && <LineTable testId="import-errors" title={t("errorsCaption")} lines={result.errors} more={result.notShown.errors} />}
      {reading && reading.preview.length > 0 && (
        <TableScroll label={t("preview")}>
          <table data-testid="import-preview">
            <caption>{t("preview")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("line")}</th>
                <th scope="col">{t("person")}</th>
                {reading.preview[0]?.cells.map((c, i) => (
                  <th key={`${i}-${c.heading}`} scope="col">
                    {c.heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reading.preview.map((row) => (
                <tr key={row.line}>
                  <td className="num">{row.line}</td>
                  <td>{row.person}</td>
                  {row.cells.map((c, i) => (
                    <td key={`${i}-${c.heading}`}>{c.text}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {result.invitations.map((i) => (
        <InvitationLink key={i.email} name={i.email} path={i.invitation.path} expiresAt={i.invitation.expiresAt} />
      ))}
    </section>
  );
}

const total = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((a, n) => a + n, 0);

/** Lines with their column and what is wrong (or why they are left out), in the user's language; past the first hundred, counts. */
function LineTable({ title, lines, testId, more }: { title: string; lines: LineError[]; testId: string; more?: Record<string, number> }) {
  const t = useTranslations("importPage");
  const errT = useTranslations("importErrors");
  const locale = useLocale();
  const rest = Object.entries(more ?? {});
  return (
    <TableScroll label={title}>
      <table className="import-errors" data-testid={testId}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("line")}</th>
            <th scope="col">{t("column")}</th>
            <th scope="col">{t("problem")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((e) => (
            <tr key={`${e.line}-${e.field}-${e.code}`}>
              <td className="num">{e.line || "—"}</td>
              <td>{e.field}</td>
              <td>{errT(e.code as "required", e.params)}</td>
            </tr>
          ))}
          {rest.map(([code, count]) => (
            <tr key={`more-${code}`} data-testid="import-more">
              <td className="num">{t("moreLines", { count: count.toLocaleString(locale) })}</td>
              <td>—</td>
              <td>{errT(code as "required", { line: "…", total: "…", name: "…", other: "…", decimals: "3", sum: "…" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
