import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { commandForApi } from "@/lib/api/command";
import { apiRoute, monthParam, readJsonObject } from "@/lib/api/http";
import { companyMonth } from "@/lib/settings/data";
import { putTierSet } from "@/lib/incentives/commands";
import { tierSets } from "@/lib/incentives/data";
import { tierJson } from "@/lib/incentives/serialize";
import { setInForce } from "@/lib/incentives/tiers";

/** GET /api/v1/tiers?month=YYYY-MM: the bonus tiers in force that month (this month by default). */
export const GET = apiRoute(async (request) => {
  await apiUser(request);
  const month = monthParam(new URL(request.url).searchParams, await companyMonth());
  const inForce = setInForce(await tierSets(), month);
  return NextResponse.json({ month, effectiveFrom: inForce?.effectiveFrom ?? null, tiers: (inForce?.tiers ?? []).map(tierJson) });
});

/** PUT /api/v1/tiers: the tier set that takes effect from a month (admins). */
export const PUT = apiRoute(async (request) => {
  const user = await apiUser(request);
  const saved = await commandForApi(user, putTierSet, await readJsonObject(request));
  return NextResponse.json({ effectiveFrom: saved.effectiveFrom, tiers: saved.tiers.map(tierJson) });
});
