import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readJsonObject } from "@/platform/http/http";
import { saveScopeSwitches } from "@/features/notifications/commands";

/** PUT /api/v1/notifications/switches {scope, on: [kind, …]}: the kinds left on at "company", "team:<id>" or "channel:<id>" (admins). */
export const PUT = apiRoute(async (request) => {
  return NextResponse.json(await commandForApi(await apiUser(request), saveScopeSwitches, await readJsonObject(request)));
});
