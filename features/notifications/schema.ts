// What the notification pages and the API accept.
import { z } from "zod";
import { idField } from "@/platform/forms/fields";
import { isHttpsOrLoopback } from "@/platform/config/env";
import { SWITCHABLE_KINDS } from "./kinds";

const kindField = z.enum(SWITCHABLE_KINDS, { error: "invalid" });

/** A person's own switches: the kinds left on (a form's ticked boxes, or the API's list). */
export const ownSwitchesSchema = z.object({
  // A form sends a blank value too (components/ui/checkbox-list.tsx), so that none ticked still says "none".
  on: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((v: unknown) => v !== ""),
    z.array(kindField).max(SWITCHABLE_KINDS.length),
  ),
});

/** The admin's switches at one scope: the company, a team or a channel. */
export const scopeSwitchesSchema = z.object({
  scope: z.string().regex(/^(company|team:[A-Za-z0-9_-]{1,64}|channel:[A-Za-z0-9_-]{1,64})$/, "invalid"),
  on: ownSwitchesSchema.shape.on,
});

/** A Slack or Teams webhook for the company (no team) or one team. */
export const addChannelSchema = z.object({
  medium: z.enum(["slack", "teams"], { error: "invalid" }),
  name: z.string("channel-name").trim().min(1, "channel-name").max(80, "channel-name"),
  teamId: z.preprocess((value) => (value === "" ? null : value), idField.nullable().default(null)),
  // https, or http to this machine (a receiver on loopback, as the tests use).
  url: z
    .string("channel-url")
    .trim()
    .max(1000, "channel-url")
    .pipe(z.url({ protocol: /^https?$/, error: "channel-url" }))
    .refine(isHttpsOrLoopback, "channel-url"),
});

export const channelIdSchema = z.object({ channelId: idField });

export const unsubscribeSchema = z.object({ token: z.string().min(1, "invalid").max(2048, "invalid") });
