import { NextResponse } from "next/server";
import { databaseAnswers } from "@/platform/db/health";

/**
 * GET /api/v1/health: for load balancers and monitoring, no sign-in. 200 when
 * the app and its database answer, 503 (with Retry-After) when the database
 * does not. Also the benchmark's floor: the cheapest request that reaches the
 * app and its database.
 */
export async function GET(): Promise<Response> {
  const up = await databaseAnswers();
  return NextResponse.json(
    { status: up ? "ok" : "unavailable", database: up ? "up" : "down" },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store", ...(up ? {} : { "Retry-After": "5" }) } },
  );
}
