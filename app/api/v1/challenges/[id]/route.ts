import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { commandForApi } from "@/lib/api/command";
import { apiRoute } from "@/lib/api/http";
import { removeChallenge } from "@/lib/incentives/commands";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/v1/challenges/{id}: only while no month of its period is closed. */
export const DELETE = apiRoute<Context>(async (request, context) => {
  const user = await apiUser(request);
  await commandForApi(user, removeChallenge, { challengeId: (await context.params).id });
  return new NextResponse(null, { status: 204 });
});
