"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/platform/http/define-action";
import { clearSessionCookie } from "@/platform/auth/cookie";
import { requestContext } from "@/platform/auth/request-context";
import { recordSecurityEvent } from "@/platform/auth/security-mutations";
import { getCurrentSession } from "@/platform/auth/session";
import { endSession } from "@/platform/auth/session-mutations";

/** Signs out this browser: its session ends (the person's other sessions stay; /settings/security ends them). */
export const signOutAction = defineAction({
  input: z.object({}),
  permission: () => ({ action: "anyone" }),
  run: async (_, user) => {
    const session = await getCurrentSession();
    if (session) await endSession(user.id, session.sessionId);
    await recordSecurityEvent({ kind: "security.sessions", actorId: user.id, details: { ended: "sign-out" }, context: requestContext(await headers()) });
    await clearSessionCookie();
    redirect("/sign-in");
  },
});
