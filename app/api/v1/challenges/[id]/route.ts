import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute } from "@/platform/http/http";
import { removeChallenge } from "@/features/incentives/commands";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/v1/challenges/{id}: only while no month of its period is closed. */
export const DELETE = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  await commandForApi(user, removeChallenge, { challengeId: (await context.params).id });
  return new NextResponse(null, { status: 204 });
});
