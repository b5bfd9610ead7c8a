// The audit log's query string, the same for its page, its CSV export and the API.
import { z } from "zod";
import { fieldErrors, type FieldError } from "@/platform/forms/field-errors";
import { singleLine } from "@/platform/forms/fields";
import { isCalendarDay } from "@/platform/time/month";
import { AUDIT_FILTER_KINDS } from "@/platform/audit/kinds";
import type { AuditFilter } from "./data";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
// A day of the calendar: "2026-02-30" and "0000-01-01" reached PostgreSQL, which refused them with a 500.
const day = z.preprocess(blank, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date-invalid").refine(isCalendarDay, "date-impossible").optional());

const auditQuery = z.object({
  actor: z.preprocess(blank, singleLine(z.string().max(64, "invalid")).optional()),
  kind: z.preprocess(blank, z.enum(AUDIT_FILTER_KINDS, "audit-kind-unknown").optional()),
  from: day,
  to: day,
  cursor: z.preprocess(blank, z.string().max(200, "cursor-invalid").optional()),
});

export type AuditQuery = { filter: AuditFilter; cursor: string | undefined };

/** The filter and cursor of `params`, or the fields that are not valid. */
export function readAuditQuery(params: URLSearchParams): { ok: true; query: AuditQuery } | { ok: false; fields: Record<string, FieldError> } {
  const parsed = auditQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) return { ok: false, fields: fieldErrors(parsed.error) as Record<string, FieldError> };
  const { actor, kind, from, to, cursor } = parsed.data;
  return { ok: true, query: { filter: { personId: actor, kind, from, to }, cursor } };
}
