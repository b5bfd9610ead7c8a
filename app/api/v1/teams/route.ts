import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { ApiError, apiRoute, readJsonObject } from "@/platform/http/http";
import { can } from "@/platform/auth/permissions";
import { teamJson } from "@/features/people/serialize";
import { addTeam } from "@/features/people/team-commands";
import { listTeams } from "@/features/people/team-data";

/** GET /api/v1/teams: every team, archived ones included (admins). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  if (!can(user, { action: "administer" })) throw new ApiError("forbidden");
  return NextResponse.json({ teams: (await listTeams({ withArchived: true })).map(teamJson) });
});

/** POST /api/v1/teams {name, managerIds?}: creates a team (admins). */
export const POST = apiRoute(async (request) => {
  const user = await apiUser(request);
  const { id } = await commandForApi(user, addTeam, await readJsonObject(request));
  const team = (await listTeams({ withArchived: true })).find((t) => t.id === id);
  return NextResponse.json(team ? teamJson(team) : { id }, { status: 201 });
});
