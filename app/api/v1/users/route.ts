import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readJsonObject, requestOrigin } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { peopleListQuery } from "@/features/people/queries";
import { addPerson } from "@/features/people/commands";
import { invitationJson, personJson } from "@/features/people/serialize";

/** GET /api/v1/users: everyone, deactivated people included (admins). */
export const GET = apiRoute(async (request) => {
  const people = await runQuery(await apiUser(request), peopleListQuery, {});
  return NextResponse.json({ users: people.map(personJson) });
});

/** POST /api/v1/users {name, email, role, teamId?, managedTeamIds?}: creates a person; the answer carries their invitation link, once. */
export const POST = apiRoute(async (request) => {
  const user = await apiUser(request);
  const { id, invitation, person } = await commandForApi(user, addPerson, await readJsonObject(request));
  return NextResponse.json(
    { ...(person ? personJson(person) : { id }), invitation: invitationJson(invitation, requestOrigin(request)) },
    { status: 201 },
  );
});
