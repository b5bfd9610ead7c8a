import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { ApiError, apiRoute, readJsonObject } from "@/lib/api/http";
import { parseSsiPage } from "@/lib/ssi/paste/parse";

/** POST /api/v1/scores/parse: what the paste parser reads in a copied SSI page; stores nothing. */
export const POST = apiRoute(async (request) => {
  await apiUser(request);
  const body = await readJsonObject(request);
  if (typeof body.text !== "string") throw new ApiError("invalid", { text: { code: "required" } });
  const result = parseSsiPage(body.text);
  if (!result.ok) throw new ApiError(`paste-${result.reason}`);
  const { score } = result;
  const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return NextResponse.json({
    ...(score.month ? { month: score.month } : {}),
    total: Number(score.total),
    brand: Number(score.brand),
    people: Number(score.people),
    insights: Number(score.insights),
    relationships: Number(score.relationships),
    industryRankPct: num(score.industryRankPct),
    networkRankPct: num(score.networkRankPct),
    industryAvg: num(score.industryAvg),
    networkAvg: num(score.networkAvg),
  });
});
