import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { ApiError, apiRoute, readJsonObject, requestOrigin } from "@/platform/http/http";
import { can } from "@/platform/auth/permissions";
import { addPerson } from "@/features/people/commands";
import { findPerson, listPeople } from "@/features/people/data";
import { invitationJson, personJson } from "@/features/people/serialize";

/** GET /api/v1/users: everyone, deactivated people included (admins). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  if (!can(user, { action: "administer" })) throw new ApiError("forbidden");
  return NextResponse.json({ users: (await listPeople()).map(personJson) });
});

/** POST /api/v1/users {name, email, role, teamId?, managedTeamIds?}: creates a person; the answer carries their invitation link, once. */
export const POST = apiRoute(async (request) => {
  const user = await apiUser(request);
  const { id, invitation } = await commandForApi(user, addPerson, await readJsonObject(request));
  const person = await findPerson(id);
  return NextResponse.json(
    { ...(person ? personJson(person) : { id }), invitation: invitationJson(invitation, requestOrigin(request)) },
    { status: 201 },
  );
});
