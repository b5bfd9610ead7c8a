import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { apiRoute } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { adminNotificationsQuery } from "@/features/notifications/queries";

/** GET /api/v1/notifications?scope=: email and jobs, the channels (never their URL), the switches at one scope, the delivery log and the failed jobs (admins). */
export const GET = apiRoute(async (request) => {
  const scope = new URL(request.url).searchParams.get("scope") ?? undefined;
  const { scopeChoices, ...view } = await runQuery(await apiUser(request), adminNotificationsQuery, { scope });
  return NextResponse.json({ ...view, scopes: scopeChoices });
});
