import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readJsonObject } from "@/platform/http/http";
import { teamJson } from "@/features/people/serialize";
import { changeTeam } from "@/features/people/team-commands";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/v1/teams/{id} {name?, managerIds?, archived?}: renames, sets managers, archives or restores (admins). */
export const PATCH = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  const body = await readJsonObject(request);
  const { id, team } = await commandForApi(user, changeTeam, { ...body, teamId: (await context.params).id });
  return NextResponse.json(team ? teamJson(team) : { id });
});
