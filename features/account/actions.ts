"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, definePublicAction } from "@/platform/http/define-action";
import { requestContext } from "@/platform/auth/request-context";
import { setSessionCookie } from "@/platform/auth/cookie";
import { startSession } from "@/platform/auth/session-mutations";
import { openSession, pageOfStep } from "@/features/identity";
import { newPasswordSchema, personName } from "@/features/people";
import { acceptInvitation, changeOwnPassword, renameSelf } from "./mutations";

/** Sets a password through an invitation or reset link, then signs the person in (through their second factor, when they have or need one). */
export const acceptInvitationAction = definePublicAction({
  input: newPasswordSchema.and(z.object({ token: z.string("invitation-invalid").min(1).max(100) })),
  permission: () => ({ action: "anyone" }),
  run: async ({ token, password }): Promise<null> => {
    const user = await acceptInvitation(token, password);
    const { token: session, step } = await openSession(user, "INVITATION", requestContext(await headers()));
    await setSessionCookie(session);
    redirect(pageOfStep(step, "/"));
  },
});

/** Changes one's own password; this browser stays signed in, every other session and API token ends. Guesses of the current password are slowed down as sign-ins are. */
export const changePasswordAction = defineAction({
  input: newPasswordSchema.and(z.object({ current: z.string("required").min(1, "required").max(200, "too-long") })),
  permission: (user) => ({ action: "edit-account", ownerId: user.id }),
  run: async ({ current, password }, user) => {
    const context = requestContext(await headers());
    const changed = await changeOwnPassword(user.id, current, password, context.address);
    await setSessionCookie(await startSession(changed, "PASSWORD", "SIGNED_IN", context));
    return null;
  },
});

/** Changes one's own name. */
export const renameSelfAction = defineAction({
  input: z.object({ name: personName }),
  permission: (user) => ({ action: "edit-account", ownerId: user.id }),
  run: async ({ name }, user) => {
    await renameSelf(user.id, name);
    return null;
  },
  revalidate: ["/"],
});
