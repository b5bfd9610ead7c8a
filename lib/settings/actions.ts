"use server";
import { z } from "zod";
import { defineAction } from "../actions/define-action";
import { saveSettings } from "./mutations";

/** Saves the company settings (admins only). An unticked checkbox is simply absent from the form. */
export const saveSettingsAction = defineAction({
  input: z.object({ repsSeeScores: z.literal("on").optional() }),
  permission: () => ({ action: "administer" }),
  run: async ({ repsSeeScores }) => {
    await saveSettings({ repsSeeScores: repsSeeScores === "on" });
    return null;
  },
  revalidate: ["/"],
});
