// What each incentive change is, written once: the server actions
// (actions.ts) and the JSON API routes run these same definitions.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/platform/http/define-action";
import type { SessionUser } from "@/platform/auth/data";
import { companyMonth } from "@/features/settings";
import { findChallenge } from "./data";
import { closeMonth, createChallenge, deleteChallenge, reopenMonth, saveTierSet } from "./mutations";
import { challengeSchema, monthField, nestFields, tierSetSchema } from "./schema";
import { NotFound } from "@/platform/errors/domain-errors";
import { reasonField, requiredReasonField } from "@/platform/forms/fields";
import type { Month } from "@/platform/time/month";

type Definition<S extends z.ZodType, T> = ActionDefinition<S, T, SessionUser>;
const define = <S extends z.ZodType, T>(definition: Definition<S, T>) => definition;

// A form's flat fields and a JSON body both arrive here; nestFields leaves nested JSON as it is.
const nested = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === "object" && v !== null ? nestFields(v as Record<string, unknown>) : v), schema);

const INCENTIVE_PAGES = ["/"];

export const putTierSet = define({
  input: nested(tierSetSchema),
  permission: () => ({ action: "configure-tiers" }),
  run: async (input, user) => {
    await saveTierSet(user.id, input);
    return { effectiveFrom: input.effectiveFrom, tiers: input.tiers };
  },
  revalidate: INCENTIVE_PAGES,
});

export const addChallenge = define({
  input: nested(challengeSchema),
  permission: (_user, input) => ({ action: "manage-challenge", teamId: input.teamId }),
  run: async (input, user) => ({ ...input, ...(await createChallenge(user.id, input)) }),
  revalidate: INCENTIVE_PAGES,
});

export const removeChallenge = define({
  input: z.object({ challengeId: z.string("required").min(1, "required").max(64, "required") }),
  permission: async (_user, { challengeId }) => {
    const challenge = await findChallenge(challengeId);
    return challenge && { action: "manage-challenge", teamId: challenge.teamId };
  },
  run: async ({ challengeId }, user) => {
    if (!(await deleteChallenge(user.id, challengeId))) throw new NotFound();
    return null;
  },
  revalidate: INCENTIVE_PAGES,
});

const pastMonth = monthField.refine(async (m) => m <= (await companyMonth()), "month-future");

/** Closing and reopening a month: the same command, but for the reason it asks and the change it makes. */
function monthStatusCommand<Reason extends string | null>(
  closed: boolean,
  reason: z.ZodType<Reason>,
  change: (actorId: string, month: Month, reason: Reason) => Promise<void>,
) {
  return define({
    input: z.object({ month: pastMonth, reason }),
    permission: () => ({ action: "close-months" }),
    run: async (input, user) => {
      await change(user.id, input.month, input.reason);
      return { month: input.month, closed };
    },
    revalidate: INCENTIVE_PAGES,
  });
}

export const closeMonthCommand = monthStatusCommand(true, reasonField, closeMonth);
export const reopenMonthCommand = monthStatusCommand(false, requiredReasonField, reopenMonth);
