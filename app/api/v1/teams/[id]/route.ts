import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { commandForApi } from "@/lib/api/command";
import { apiRoute, readJsonObject } from "@/lib/api/http";
import { teamJson } from "@/lib/people/serialize";
import { changeTeam } from "@/lib/teams/commands";
import { listTeams } from "@/lib/teams/data";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/v1/teams/{id} {name?, managerIds?, archived?}: renames, sets managers, archives or restores (admins). */
export const PATCH = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  const body = await readJsonObject(request);
  const { id } = await commandForApi(user, changeTeam, { ...body, teamId: (await context.params).id });
  const team = (await listTeams({ withArchived: true })).find((t) => t.id === id);
  return NextResponse.json(team ? teamJson(team) : { id });
});
