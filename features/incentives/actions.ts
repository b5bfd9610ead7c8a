"use server";
import { defineAction } from "@/platform/http/define-action";
import { addChallenge, closeMonthCommand, putTierSet, removeChallenge, reopenMonthCommand } from "./commands";

/** Saves the tier set of a month (admins). */
export const saveTierSetAction = defineAction(putTierSet);

/** Creates a challenge (admins; managers for the teams they manage). */
export const createChallengeAction = defineAction(addChallenge);

/** Deletes a challenge while no month of it is closed. */
export const deleteChallengeAction = defineAction(removeChallenge);

/** Closes a month (admins). */
export const closeMonthAction = defineAction(closeMonthCommand);

/** Reopens a closed month, with a reason (admins). */
export const reopenMonthAction = defineAction(reopenMonthCommand);
