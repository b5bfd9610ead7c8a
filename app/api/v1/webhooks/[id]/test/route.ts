import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute } from "@/platform/http/http";
import { testWebhookCommand } from "@/features/webhooks/commands";

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/webhooks/{id}/test: sends a signed "ping" now; {ok, answer} is what the receiver answered (admins). */
export const POST = apiRoute<Context>(async (request, context) => {
  return NextResponse.json(await commandForApi(await apiUser(request), testWebhookCommand, { webhookId: (await context.params).id }));
});
