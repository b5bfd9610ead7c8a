import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { apiRoute } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { auditPageQuery } from "@/features/audit/queries";

/** GET /api/v1/audit?actor=&kind=&from=YYYY-MM-DD&to=YYYY-MM-DD&cursor=: the audit log, newest first, 50 a page (admins). */
export const GET = apiRoute(async (request) => {
  const page = await runQuery(await apiUser(request), auditPageQuery, { params: new URL(request.url).searchParams });
  return NextResponse.json({ events: page.lines, next: page.next });
});
