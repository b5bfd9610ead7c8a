import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readJsonObject } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { teamListQuery } from "@/features/people/queries";
import { teamJson } from "@/features/people/serialize";
import { addTeam } from "@/features/people/team-commands";

/** GET /api/v1/teams: every team, archived ones included (admins). */
export const GET = apiRoute(async (request) => {
  const teams = await runQuery(await apiUser(request), teamListQuery, {});
  return NextResponse.json({ teams: teams.map(teamJson) });
});

/** POST /api/v1/teams {name, managerIds?}: creates a team (admins). */
export const POST = apiRoute(async (request) => {
  const user = await apiUser(request);
  const { id, team } = await commandForApi(user, addTeam, await readJsonObject(request));
  return NextResponse.json(team ? teamJson(team) : { id }, { status: 201 });
});
