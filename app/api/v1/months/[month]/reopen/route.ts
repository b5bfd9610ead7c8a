import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readOptionalJsonObject } from "@/platform/http/http";
import { reopenMonthCommand } from "@/features/incentives/commands";

/** POST /api/v1/months/{YYYY-MM}/reopen { "reason" } (admins; the reason is required). */
export const POST = apiRoute<{ params: Promise<{ month: string }> }>(async (request, { params }) => {
  const user = await apiUser(request);
  const { reason } = await readOptionalJsonObject(request);
  return NextResponse.json(await commandForApi(user, reopenMonthCommand, { reason, month: (await params).month }));
});
