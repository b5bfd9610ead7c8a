// The audit log as export columns (CSV and Excel): when (an instant), what (in
// the reader's words, then as its code for scripts and filters), who, about
// whom, which month, why, and the details as JSON text.
import type { Column } from "@/platform/spreadsheets/columns";
import type { AuditLine } from "./data";

export interface AuditLabels {
  at: string;
  kind: string;
  code: string;
  /** An event kind in the reader's words. */
  kindName: (kind: string) => string;
  actor: string;
  subject: string;
  month: string;
  reason: string;
  details: string;
}

export function auditColumns(labels: AuditLabels): Column<AuditLine>[] {
  return [
    { kind: "date-time", heading: labels.at, value: (l) => l.at },
    { kind: "text", heading: labels.kind, value: (l) => labels.kindName(l.kind) },
    { kind: "text", heading: labels.code, value: (l) => l.kind },
    { kind: "text", heading: labels.actor, value: (l) => l.actor?.name ?? "" },
    { kind: "text", heading: labels.subject, value: (l) => l.subject?.name ?? "" },
    { kind: "month", heading: labels.month, value: (l) => l.month },
    { kind: "text", heading: labels.reason, value: (l) => l.reason ?? "", wrap: true },
    { kind: "text", heading: labels.details, value: (l) => (l.details ? JSON.stringify(l.details) : "") },
  ];
}
