import { NextResponse } from "next/server";
import { ApiError, apiRoute } from "@/platform/http/http";
import { loadWall } from "@/features/board/wall-screen-load";

type Context = { params: Promise<{ token: string }> };

/** The wall screen's data; the secret link is the only credential. */
export const GET = apiRoute<Context>(async (_request, context) => {
  const data = await loadWall((await context.params).token);
  if (!data) throw new ApiError("not-found");
  return NextResponse.json(data, { headers: { "Cache-Control": "no-store" } });
});
