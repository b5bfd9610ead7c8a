import { NextResponse } from "next/server";
import { apiUser } from "@/lib/api/auth";
import { ApiError, apiRoute, readJsonObject } from "@/lib/api/http";
import { scoreJson } from "@/lib/api/serialize";
import { authorize } from "@/lib/auth/permissions";
import { thisMonth } from "@/lib/calendar";
import { findScore } from "@/lib/ssi/data";
import { saveScore } from "@/lib/ssi/mutations";
import { scoreFieldErrors, scoreInputSchema } from "@/lib/ssi/schema";
import { findRepProfile } from "@/lib/users/data";

/** POST /api/v1/scores: creates (201) or replaces (200) a user's entry for a month. */
export const POST = apiRoute(async (request) => {
  const user = await apiUser(request);
  const body = await readJsonObject(request);
  const userId = body.userId ?? user.id;
  if (typeof userId !== "string") throw new ApiError("invalid", { userId: { code: "required" } });
  if (userId !== user.id) {
    // A rep may only write their own scores; say so before looking anyone up.
    if (user.role === "REP") throw new ApiError("forbidden");
    const subject = await findRepProfile(userId);
    if (!subject) throw new ApiError("not-found");
    authorize(user, { action: "edit-scores", rep: subject });
  }
  const parsed = scoreInputSchema(thisMonth()).safeParse(body);
  if (!parsed.success) throw new ApiError("invalid", scoreFieldErrors(parsed.error));
  const { created } = await saveScore({ userId, actorId: user.id, input: parsed.data, source: "API" });
  const stored = await findScore(userId, parsed.data.month);
  if (!stored) throw new Error("saved score not found");
  return NextResponse.json(scoreJson(userId, stored), { status: created ? 201 : 200 });
});
