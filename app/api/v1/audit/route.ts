import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { ApiError, apiRoute } from "@/platform/http/http";
import { loadAuditPage } from "@/features/audit/load";
import { can } from "@/platform/auth/permissions";

/** GET /api/v1/audit?actor=&kind=&from=YYYY-MM-DD&to=YYYY-MM-DD&cursor=: the audit log, newest first, 50 a page (admins). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  if (!can(user, { action: "administer" })) throw new ApiError("forbidden");
  const page = await loadAuditPage(new URL(request.url).searchParams);
  return NextResponse.json({ events: page.lines, next: page.next });
});
