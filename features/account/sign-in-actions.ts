"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/platform/http/define-action";
import { clearSessionCookie } from "@/platform/auth/cookie";
import { revokeSessions } from "@/platform/auth/mutations";

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
