import "server-only";
import { companyTimeZone } from "@/features/settings";
import { auditLog, type AuditPage } from "./data";
import { openAuditCursor } from "./cursor";
import { readAuditQuery } from "./query";
import { Invalid } from "@/platform/errors/domain-errors";

export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit log for a query string; a bad filter or cursor is the API's 400. */
export async function loadAuditPage(params: URLSearchParams, limit = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const read = readAuditQuery(params);
  if (!read.ok) throw new Invalid(read.fields);
  const cursor = read.query.cursor === undefined ? null : openAuditCursor(read.query.cursor);
  if (read.query.cursor !== undefined && !cursor) throw new Invalid({ cursor: { code: "cursor-invalid" } });
  return auditLog(read.query.filter, await companyTimeZone(), { limit, cursor });
}
