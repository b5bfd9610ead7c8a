"use server";
import { defineAction } from "@/platform/http/define-action";
import {
  addPasskeyCommand,
  beginTotpCommand,
  confirmTotpCommand,
  endOtherSessionsCommand,
  endPersonSessionsCommand,
  endSessionCommand,
  passkeyOptionsCommand,
  removePasskeyCommand,
  removeTotpCommand,
  renewRecoveryCodesCommand,
  resetSecondFactorCommand,
  setSecuritySettingsCommand,
  setSsoSettingsCommand,
} from "./commands";

export const endSessionAction = defineAction(endSessionCommand);
export const endOtherSessionsAction = defineAction(endOtherSessionsCommand);
export const beginTotpAction = defineAction(beginTotpCommand);
/** Answers the ten recovery codes, shown once. */
export const confirmTotpAction = defineAction(confirmTotpCommand);
export const removeTotpAction = defineAction(removeTotpCommand);
export const renewRecoveryCodesAction = defineAction(renewRecoveryCodesCommand);
export const endPersonSessionsAction = defineAction(endPersonSessionsCommand);
export const resetSecondFactorAction = defineAction(resetSecondFactorCommand);
export const setSecuritySettingsAction = defineAction(setSecuritySettingsCommand);
export const setSsoSettingsAction = defineAction(setSsoSettingsCommand);
/** The options for the browser to make a passkey. */
export const passkeyOptionsAction = defineAction(passkeyOptionsCommand);
/** Answers the recovery codes when the passkey is the first factor. */
export const addPasskeyAction = defineAction(addPasskeyCommand);
export const removePasskeyAction = defineAction(removePasskeyCommand);
