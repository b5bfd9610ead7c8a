"use server";
import { defineAction } from "@/platform/http/define-action";
import { addWebhookCommand, removeWebhookCommand, testWebhookCommand } from "./commands";

/** Adds a webhook; the answer carries its signing secret, shown once. */
export const addWebhookAction = defineAction(addWebhookCommand);
export const removeWebhookAction = defineAction(removeWebhookCommand);
/** Sends a signed ping now and says what the receiver answered. */
export const testWebhookAction = defineAction(testWebhookCommand);
