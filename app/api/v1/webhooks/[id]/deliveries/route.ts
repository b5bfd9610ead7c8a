import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { apiRoute } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { webhookDeliveriesQuery } from "@/features/webhooks/queries";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/webhooks/{id}/deliveries: its latest 100 deliveries, newest first (admins). */
export const GET = apiRoute<Context>(async (request, context) => {
  return NextResponse.json(await runQuery(await apiUser(request), webhookDeliveriesQuery, { webhookId: (await context.params).id }));
});
