"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, definePublicAction } from "../actions/define-action";
import { ApiError } from "../api/errors";
import { safeCallbackUrl } from "./callback-url";
import { clearSessionCookie, writeSessionCookie } from "./cookie";
import { authenticate, TooManyAttemptsError } from "./credentials";
import { revokeSessions } from "./mutations";
import { signInSchema } from "./schema";

/**
 * Signs in with email and password. A plain POST of the form: it works before
 * (or without) JavaScript, and no password ever goes into a URL.
 */
export const signInAction = definePublicAction({
  input: signInSchema.extend({ callbackUrl: z.string().max(2048).optional() }),
  permission: () => ({ action: "anyone" }),
  run: async ({ email, password, callbackUrl }) => {
    const user = await authenticate({ email, password }).catch((error: unknown) => {
      if (error instanceof TooManyAttemptsError) throw new ApiError("too-many-attempts");
      throw error;
    });
    if (!user) throw new ApiError("invalid-credentials");
    await writeSessionCookie(user);
    redirect(safeCallbackUrl(callbackUrl));
  },
});

/** Signs out: this browser's cookie goes, and every token of the user stops working. */
export const signOutAction = defineAction({
  input: z.object({}),
  permission: () => ({ action: "anyone" }),
  run: async (_, user) => {
    await revokeSessions(user.id);
    await clearSessionCookie();
    redirect("/sign-in");
  },
});
