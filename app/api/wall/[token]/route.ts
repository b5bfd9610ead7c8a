import { ApiError, apiRoute } from "@/platform/http/http";
import { loadWallJson } from "@/features/board/wall-screen-load";

type Context = { params: Promise<{ token: string }> };

/** The wall screen's data; the secret link is the only credential. */
export const GET = apiRoute<Context>(async (_request, context) => {
  const json = await loadWallJson((await context.params).token);
  if (json === null) throw new ApiError("not-found");
  return new Response(json, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
});
