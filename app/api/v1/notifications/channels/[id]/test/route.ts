import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute } from "@/platform/http/http";
import { testChannelCommand } from "@/features/notifications/commands";

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/notifications/channels/{id}/test: sends a test message now; {ok, answer} is what the channel answered (admins). */
export const POST = apiRoute<Context>(async (request, context) => {
  return NextResponse.json(await commandForApi(await apiUser(request), testChannelCommand, { channelId: (await context.params).id }));
});
