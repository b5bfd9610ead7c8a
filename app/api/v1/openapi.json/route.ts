import { NextResponse } from "next/server";
import { apiRoute } from "@/platform/http/http";
import { openApiDocument } from "@/features/api-reference/document";

let document: ReturnType<typeof openApiDocument> | undefined;

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of every /api/v1 route (no sign-in: it holds no one's data). */
export const GET = apiRoute(async () => {
  document ??= openApiDocument();
  return NextResponse.json(document);
});
