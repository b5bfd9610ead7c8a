import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute } from "@/platform/http/http";
import { testEmailCommand } from "@/features/notifications/commands";

/** POST /api/v1/notifications/test-email: emails the admin a test now; {ok, answer} is the SMTP server's reply (409 email-off without SMTP_URL). */
export const POST = apiRoute(async (request) => {
  return NextResponse.json(await commandForApi(await apiUser(request), testEmailCommand, {}));
});
