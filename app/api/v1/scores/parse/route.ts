import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { ApiError, apiRoute, readJsonObject } from "@/lib/api/http";
import { scoreValuesJson } from "@/lib/api/serialize";
import { parseSsiPage } from "@/lib/ssi/paste/parse";

/** POST /api/v1/scores/parse: what the paste parser reads in a copied SSI page; stores nothing. */
export const POST = apiRoute(async (request) => {
  await apiUser(request);
  const body = await readJsonObject(request);
  if (typeof body.text !== "string") throw new ApiError("invalid", { text: { code: "required" } });
  const result = parseSsiPage(body.text);
  if (!result.ok) throw new ApiError(`paste-${result.reason}`);
  const { month, ...values } = result.score;
  return NextResponse.json({ ...(month ? { month } : {}), ...scoreValuesJson(values) });
});
