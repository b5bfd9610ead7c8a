import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { ADMINISTER } from "@/platform/auth/permissions";
import { LOCALES } from "@/platform/i18n/config";
import { isExportFormat, type ExportFormat } from "@/platform/spreadsheets/format";
import { companyTimeZone } from "@/features/settings";
import { auditPeople } from "./data";
import { auditExport } from "./export";
import { loadAuditPage } from "./load";

/** One page of the audit log for its query string (filters and cursor, checked by load.ts): admins only. */
export const auditPageQuery = defineQuery({
  input: z.object({ params: z.instanceof(URLSearchParams) }),
  permission: () => ADMINISTER,
  read: ({ params }) => loadAuditPage(params),
});

/** The filtered audit log as a file, in the reader's language: admins only. */
export const auditExportQuery = defineQuery({
  input: z.object({ params: z.instanceof(URLSearchParams), locale: z.enum(LOCALES), format: z.custom<ExportFormat>((v) => typeof v === "string" && isExportFormat(v)) }),
  permission: () => ADMINISTER,
  read: ({ params, locale, format }) => auditExport(params, locale, format),
});

/** What the log's filters offer (the people who acted) and the zone its times are shown in: admins only. */
export const auditFiltersQuery = defineQuery({
  input: z.object({}),
  permission: () => ADMINISTER,
  read: async () => {
    const [people, timeZone] = await Promise.all([auditPeople(), companyTimeZone()]);
    return { people, timeZone };
  },
});
