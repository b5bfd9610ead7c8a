import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { commandForApi } from "@/lib/api/command";
import { ApiError, apiRoute, readJsonObject, requestOrigin } from "@/lib/api/http";
import { can } from "@/lib/auth/permissions";
import { addPerson } from "@/lib/people/commands";
import { findPerson, listPeople } from "@/lib/people/data";
import { invitationJson, personJson } from "@/lib/people/serialize";

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
