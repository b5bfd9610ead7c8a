import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readJsonObject } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { ownNotificationsQuery } from "@/features/notifications/queries";
import { saveOwnSwitches } from "@/features/notifications/commands";

/** GET /api/v1/me/notifications: the kinds of message the signed-in user receives, each on or off. */
export const GET = apiRoute(async (request) => {
  return NextResponse.json(await runQuery(await apiUser(request), ownNotificationsQuery, {}));
});

/** PUT /api/v1/me/notifications {on: [kind, …]}: the kinds left on; the user's other kinds are switched off. */
export const PUT = apiRoute(async (request) => {
  const user = await apiUser(request);
  await commandForApi(user, saveOwnSwitches, await readJsonObject(request));
  return NextResponse.json(await runQuery(user, ownNotificationsQuery, {}));
});
