"use server";
import { defineAction } from "@/platform/http/define-action";
import { saveSettings } from "./mutations";
import { settingsSchema } from "./schema";

/** Saves the company settings (admins only). An unticked checkbox is simply absent from the form. */
export const saveSettingsAction = defineAction({
  input: settingsSchema,
  permission: () => ({ action: "administer" }),
  run: async (settings, user) => {
    await saveSettings(settings, user.id);
    return null;
  },
  revalidate: ["/"],
});
