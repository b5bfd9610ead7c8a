import { NextResponse } from "next/server";
import { apiUser } from "@/platform/http/api-user";
import { apiRoute } from "@/platform/http/http";

/** GET /api/v1/me: the signed-in user. */
export const GET = apiRoute(async (request) => {
  const user = await apiUser(request);
  return NextResponse.json({
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    team: user.teamId ? { id: user.teamId, name: user.teamName } : null,
  });
});
