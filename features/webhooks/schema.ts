// What the webhook pages and the API accept.
import { z } from "zod";
import { idField, optionalFlag, singleLine } from "@/platform/forms/fields";
import { WEBHOOK_EVENTS } from "./events";

/** A new outgoing webhook: where, which events, and whether it may reach a private network. */
export const addWebhookSchema = z.object({
  name: singleLine(z.string("webhook-name").trim().min(1, "webhook-name").max(80, "webhook-name")),
  url: z
    .string("webhook-url")
    .trim()
    .max(1000, "webhook-url")
    .pipe(z.url({ protocol: /^https?$/, error: "webhook-url" }))
    // A password in the URL would be sent on every request and shown in logs: a receiver takes its key in the path or the signature.
    // (zod runs this after a failed z.url too: an address that does not parse is refused above, not thrown here.)
    .refine((url) => {
      if (!URL.canParse(url)) return false;
      const { username, password } = new URL(url);
      return username === "" && password === "";
    }, "webhook-url"),
  // A form sends one value per ticked box (and a blank one so that none ticked still says "none"); JSON, an array.
  events: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((v: unknown) => v !== ""),
    z.array(z.enum(WEBHOOK_EVENTS, { error: "webhook-events" }), "webhook-events").min(1, "webhook-events").max(20, "webhook-events").transform((list) => [...new Set(list)]),
  ),
  allowPrivateNetwork: optionalFlag.transform((v) => v ?? false),
});

export const webhookIdSchema = z.object({ webhookId: idField });
