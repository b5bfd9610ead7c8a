import { NextResponse } from "next/server";
import { loadWall } from "@/lib/wall/load";

type Context = { params: Promise<{ token: string }> };

/** The wall screen's data; the secret link is the only credential. */
export async function GET(_request: Request, context: Context) {
  const { token } = await context.params;
  const data = await loadWall(token);
  if (!data) return NextResponse.json({ error: { code: "not-found", message: "Not found." } }, { status: 404 });
  return NextResponse.json(data, { headers: { "Cache-Control": "no-store" } });
}
