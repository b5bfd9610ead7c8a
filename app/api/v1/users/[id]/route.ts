import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readJsonObject } from "@/platform/http/http";
import { changePerson } from "@/features/people/commands";
import { personJson } from "@/features/people/serialize";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/v1/users/{id} {name?, email?, role?, teamId?, managedTeamIds?, active?} (admins). */
export const PATCH = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  const body = await readJsonObject(request);
  const { id, person } = await commandForApi(user, changePerson, { ...body, userId: (await context.params).id });
  return NextResponse.json(person ? personJson(person) : { id });
});
