import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, monthParam, readJsonObject } from "@/platform/http/http";
import { companyMonth } from "@/features/settings/data";
import { putTierSet } from "@/features/incentives/commands";
import { tiersInForceQuery } from "@/features/incentives/queries";
import { tierJson } from "@/features/incentives/serialize";
import { runQuery } from "@/platform/http/query";

/** GET /api/v1/tiers?month=YYYY-MM: the bonus tiers in force that month (this month by default). */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  const month = monthParam(new URL(request.url).searchParams, await companyMonth());
  const inForce = await runQuery(user, tiersInForceQuery, { month });
  return NextResponse.json({ month, effectiveFrom: inForce?.effectiveFrom ?? null, tiers: (inForce?.tiers ?? []).map(tierJson) });
});

/** PUT /api/v1/tiers: the tier set that takes effect from a month (admins). */
export const PUT = apiRoute(async (request) => {
  const user = await apiUser(request);
  const saved = await commandForApi(user, putTierSet, await readJsonObject(request));
  return NextResponse.json({ effectiveFrom: saved.effectiveFrom, tiers: saved.tiers.map(tierJson) });
});
