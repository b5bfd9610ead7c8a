"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatMonth } from "@/lib/i18n/format";
import type { LineError } from "@/lib/imports/kinds";
import type { ImportResult } from "@/lib/imports/mutations";
import { TableScroll } from "@/components/ui/table-scroll";
import { InvitationLink } from "./invitation-link";

/** What a check or an import found: counts, how the file was read, and every line to look at. */
export function ImportResultView({ result }: { result: ImportResult & { savedMapping: string | null } }) {
  const t = useTranslations("importPage");
  const locale = useLocale();
  const { reading } = result;
  const refused = result.errors.length > 0;
  const ignoredColumns = reading?.columns.filter((c) => c.meaning === "ignore" && c.heading !== "").map((c) => c.heading) ?? [];
  return (
    <section className="card" aria-labelledby="import-result" data-testid="import-result">
      <h2 id="import-result">{refused ? t("refused", { count: result.errors.length }) : result.dryRun ? t("checked") : t("done")}</h2>
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
      {result.skipped.length > 0 && <LineTable testId="import-skipped" title={t("skipped", { count: result.skipped.length })} lines={result.skipped} />}
      {result.warnings.length > 0 && <LineTable testId="import-warnings" title={t("warnings", { count: result.warnings.length })} lines={result.warnings} />}
      {refused && <LineTable testId="import-errors" title={t("errorsCaption")} lines={result.errors} />}
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

/** Lines with their column and what is wrong (or why they are left out), in the user's language. */
function LineTable({ title, lines, testId }: { title: string; lines: LineError[]; testId: string }) {
  const t = useTranslations("importPage");
  const errT = useTranslations("importErrors");
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
        </tbody>
      </table>
    </TableScroll>
  );
}
