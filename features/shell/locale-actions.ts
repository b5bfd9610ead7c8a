"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { definePublicAction } from "@/platform/http/define-action";
import { saveLocalePreference } from "./locale-mutations";
import { LOCALES, LOCALE_COOKIE } from "@/platform/i18n/config";

/** Switches the language: saved on the account when signed in, in a cookie either way. */
export const switchLocale = definePublicAction({
  input: z.object({ locale: z.enum(LOCALES) }),
  permission: () => ({ action: "anyone" }),
  run: async ({ locale }, user) => {
    if (user) await saveLocalePreference(user.id, locale);
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true });
    return null;
  },
  revalidate: ["/"],
});
