"use server";
import { defineAction } from "@/platform/http/define-action";
import { saveScoreCommand } from "./commands";

const formScore = saveScoreCommand(["FORM", "PASTE"]);

/** The score form, typed or pasted (commands.ts); the page hears back the month and total it saved. */
export const saveScoreAction = defineAction({
  ...formScore,
  run: async (input, user, rep) => {
    const { input: saved } = await formScore.run(input, user, rep);
    return { month: saved.month, total: saved.total };
  },
  revalidate: ["/"],
});
