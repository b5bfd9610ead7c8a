import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute } from "@/platform/http/http";
import { removeWebhookCommand } from "@/features/webhooks/commands";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/v1/webhooks/{id}: removes it and its delivery log (admins). */
export const DELETE = apiRoute<Context>(async (request, context) => {
  await commandForApi(await apiUser(request), removeWebhookCommand, { webhookId: (await context.params).id });
  return new NextResponse(null, { status: 204 });
});
