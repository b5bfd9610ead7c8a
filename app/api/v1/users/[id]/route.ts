import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { commandForApi } from "@/lib/api/command";
import { apiRoute, readJsonObject } from "@/lib/api/http";
import { changePerson } from "@/lib/people/commands";
import { findPerson } from "@/lib/people/data";
import { personJson } from "@/lib/people/serialize";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/v1/users/{id} {name?, email?, role?, teamId?, managedTeamIds?, active?} (admins). */
export const PATCH = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  const body = await readJsonObject(request);
  const { id } = await commandForApi(user, changePerson, { ...body, userId: (await context.params).id });
  const person = await findPerson(id);
  return NextResponse.json(person ? personJson(person) : { id });
});
