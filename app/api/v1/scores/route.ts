import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { ApiError, apiRoute, readJsonObject } from "@/platform/http/http";
import { commandForApi } from "@/platform/http/command";
import { scoreJson } from "@/features/scores/serialize";
import { apiScoreCommand } from "@/features/scores/commands";

/** POST /api/v1/scores: creates (201) or replaces (200) a user's entry for a month (their own without `userId`). */
export const POST = apiRoute(async (request) => {
  const user = await apiUser(request);
  const body = await readJsonObject(request);
  const userId = body.userId ?? user.id;
  if (typeof userId !== "string") throw new ApiError("invalid", { userId: { code: "required" } });
  const { created, record } = await commandForApi(user, apiScoreCommand, { ...body, repId: userId });
  return NextResponse.json(scoreJson(userId, record), { status: created ? 201 : 200 });
});
