import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, monthParam, readJsonObject } from "@/platform/http/http";
import { runQuery } from "@/platform/http/query";
import { companyMonth } from "@/features/settings/data";
import { addChallenge } from "@/features/incentives/commands";
import { challengeListQuery } from "@/features/incentives/queries";
import { challengeJson } from "@/features/incentives/serialize";

/** POST /api/v1/challenges: creates a challenge (admins; managers for their teams). */
export const POST = apiRoute(async (request) => {
  const user = await apiUser(request);
  const created = await commandForApi(user, addChallenge, await readJsonObject(request));
  return NextResponse.json(challengeJson(created), { status: 201 });
});

/** GET /api/v1/challenges?month=YYYY-MM&team=<id>: the challenges running that month that the user's boards show. */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const params = new URL(request.url).searchParams;
  const month = monthParam(params, await companyMonth());
  const challenges = await runQuery(user, challengeListQuery, { month, team: params.get("team") || null });
  return NextResponse.json({ month, challenges: challenges.map(challengeJson) });
});
