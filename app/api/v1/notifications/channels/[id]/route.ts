import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute } from "@/platform/http/http";
import { removeChannelCommand } from "@/features/notifications/commands";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/v1/notifications/channels/{id} (admins). */
export const DELETE = apiRoute<Context>(async (request, context) => {
  await commandForApi(await apiUser(request), removeChannelCommand, { channelId: (await context.params).id });
  return new NextResponse(null, { status: 204 });
});
