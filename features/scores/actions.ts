"use server";
import { z } from "zod";
import { defineAction } from "@/platform/http/define-action";
import { findRepProfile } from "@/features/people";
import { saveScoreFor } from "./save-score";

/** Saves the score form for the rep it names; saveScoreFor validates the score fields. */
export const saveScoreAction = defineAction({
  input: z.object({ repId: z.string().min(1).max(64), source: z.enum(["FORM", "PASTE"]).catch("FORM") }).loose(),
  permission: async (_user, { repId }) => {
    const rep = await findRepProfile(repId);
    return rep && { action: "edit-scores", rep };
  },
  run: async ({ repId, source, ...raw }, user) => {
    const { input } = await saveScoreFor(user, repId, raw, source);
    return { month: input.month, total: input.total };
  },
  revalidate: ["/"],
});
