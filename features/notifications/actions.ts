"use server";
import { defineAction, definePublicAction } from "@/platform/http/define-action";
import { addChannelCommand, removeChannelCommand, saveOwnSwitches, saveScopeSwitches, testChannelCommand, testEmailCommand, unsubscribeCommand } from "./commands";

/** A person's own choices of what SSI Board sends them. */
export const saveOwnNotificationsAction = defineAction(saveOwnSwitches);
/** The admin's switches at one scope (the company, a team, a channel). */
export const saveScopeNotificationsAction = defineAction(saveScopeSwitches);
export const addChannelAction = defineAction(addChannelCommand);
export const removeChannelAction = defineAction(removeChannelCommand);
/** Sends a test message to a channel now and says what it answered. */
export const testChannelAction = defineAction(testChannelCommand);
/** Sends the admin a test email now and says what the SMTP server answered. */
export const testEmailAction = defineAction(testEmailCommand);
/** An email's unsubscribe link, confirmed on its page (the secret in the link is the credential). */
export const unsubscribeAction = definePublicAction(unsubscribeCommand);
