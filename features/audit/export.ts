import "server-only";
import { exportFile, oneBatch, type ExportFile } from "@/platform/spreadsheets/file";
import type { ExportFormat } from "@/platform/spreadsheets/format";
import type { AppLocale } from "@/platform/i18n/config";
import { translator } from "@/platform/i18n/translator";
import { companyTimeZone } from "@/features/settings";
import { auditColumns } from "./columns";
import { loadAuditPage } from "./load";

/** The most lines one export holds; narrow the filter for more. */
const MAX_EXPORT_LINES = 50_000;

/** The audit log filtered by `params` (its page's filters; not its cursor) as a file; the caller checks who asks. */
export async function auditExport(params: URLSearchParams, locale: AppLocale, format: ExportFormat): Promise<ExportFile> {
  const filters = new URLSearchParams(params);
  // The whole log the filters select, from its first line; the format is the route's.
  filters.delete("cursor");
  filters.delete("format");
  const [page, timeZone] = await Promise.all([loadAuditPage(filters, MAX_EXPORT_LINES), companyTimeZone()]);
  const t = translator(locale);
  const columns = auditColumns({ at: t("audit.at"), kind: t("audit.kind"), code: t("audit.code"), kindName: (kind) => t(`audit.kinds.${kind}` as "audit.kind"), actor: t("audit.actor"), subject: t("audit.subject"), month: t("audit.month"), reason: t("audit.reason"), details: t("audit.details") });
  // A workbook shows the times as the audit page does: the company's wall clock.
  return exportFile(format, { locale, sheet: t("audit.title"), columns, rows: oneBatch(page.lines), timeZone }, { csv: "ssi-audit-log", xlsx: t("exports.files.audit") });
}
