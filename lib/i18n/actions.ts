"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "../auth/session";
import { saveLocalePreference } from "../users/mutations";
import { LOCALES, LOCALE_COOKIE } from "./config";

const localeSchema = z.enum(LOCALES);

/** Switches the language: saved on the account when signed in, in a cookie otherwise. */
export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formData.get("locale"));
  if (!parsed.success) return; // not one of our languages: nothing to change
  const user = await getCurrentUser();
  if (user) await saveLocalePreference(user.id, parsed.data);
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: true,
  });
  revalidatePath("/", "layout");
}
