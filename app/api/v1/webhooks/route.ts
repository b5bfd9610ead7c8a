import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readJsonObject } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { addWebhookCommand } from "@/features/webhooks/commands";
import { adminWebhooksQuery } from "@/features/webhooks/queries";

/** GET /api/v1/webhooks: the outgoing webhooks (never their URL or secret) and the latest deliveries (admins). */
export const GET = apiRoute(async (request) => {
  const { webhooks, log } = await runQuery(await apiUser(request), adminWebhooksQuery, {});
  return NextResponse.json({ webhooks, deliveries: log });
});

/** POST /api/v1/webhooks {name, url, events, allowPrivateNetwork}: adds one; the answer's secret is shown this once (admins). */
export const POST = apiRoute(async (request) => {
  const added = await commandForApi(await apiUser(request), addWebhookCommand, await readJsonObject(request));
  return NextResponse.json(added, { status: 201 });
});
