// The audit log as a CSV file: names and details are text cells, neutralised.
import { toCsv, textCell } from "../csv/excel";
import type { AppLocale } from "../i18n/config";
import type { AuditLine } from "./data";

export function auditCsv(lines: readonly AuditLine[], locale: AppLocale, labels: { at: string; kind: string; actor: string; subject: string; month: string; reason: string; details: string }): string {
  return toCsv(
    locale,
    [labels.at, labels.kind, labels.actor, labels.subject, labels.month, labels.reason, labels.details],
    lines.map((l) => [
      l.at,
      l.kind,
      textCell(l.actor?.name ?? ""),
      textCell(l.subject?.name ?? ""),
      l.month ?? "",
      textCell(l.reason ?? ""),
      textCell(l.details ? JSON.stringify(l.details) : ""),
    ]),
  );
}
