import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readJsonObject } from "@/platform/http/http";
import { addChannelCommand } from "@/features/notifications/commands";

/** POST /api/v1/notifications/channels {medium, name, teamId, url}: adds a Slack or Teams webhook (admins); the URL is never returned. */
export const POST = apiRoute(async (request) => {
  const { id } = await commandForApi(await apiUser(request), addChannelCommand, await readJsonObject(request));
  return NextResponse.json({ id }, { status: 201 });
});
