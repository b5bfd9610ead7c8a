import { NextResponse } from "next/server";
import { apiRoute } from "@/platform/http/http";
import { performAction } from "@/platform/http/define-action";
import { ApiError } from "@/platform/http/errors";
import { unsubscribeCommand } from "@/features/notifications/commands";

type Context = { params: Promise<{ token: string }> };

/**
 * POST /api/unsubscribe/{token}: RFC 8058's one-click unsubscribe, which a
 * mail client posts (body "List-Unsubscribe=One-Click") from no page of ours
 * and with no session: the sealed token is the credential, and it can only
 * switch one kind of message off for the one person it names.
 */
export const POST = apiRoute<Context>(async (_request, context) => {
  const result = await performAction(null, unsubscribeCommand, { token: (await context.params).token });
  if (!result.ok) throw new ApiError(result.error.code);
  return NextResponse.json({ unsubscribed: result.data.kind }, { headers: { "Cache-Control": "no-store" } });
});
