"use server";
import { revalidatePath } from "next/cache";
import { can } from "../auth/permissions";
import { getCurrentUser } from "../auth/session";
import { saveSettings } from "./mutations";

/** Saves the company settings (admins only). */
export async function saveSettingsAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user || !can(user, { action: "administer" })) return;
  await saveSettings({ repsSeeScores: formData.get("repsSeeScores") === "on" });
  revalidatePath("/", "layout");
}
