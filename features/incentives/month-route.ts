import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { ActionDefinition } from "@/platform/http/define-action";
import { apiUser } from "@/platform/http/api-user";
import { commandForApi } from "@/platform/http/command";
import { apiRoute, readOptionalJsonObject } from "@/platform/http/http";
import type { SessionUser } from "@/platform/auth/data";

type Context = { params: Promise<{ month: string }> };

/** POST /api/v1/months/{YYYY-MM}/<close|reopen> with an optional body { "reason" }. */
export function monthRoute<S extends z.ZodType, T>(command: ActionDefinition<S, T, SessionUser>) {
  return apiRoute<Context>(async (request, context) => {
    const user = await apiUser(request);
    const { reason } = await readOptionalJsonObject(request);
    return NextResponse.json(await commandForApi(user, command, { reason, month: (await context.params).month }));
  });
}
