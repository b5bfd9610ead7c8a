import { z } from "zod";
import { idField } from "@/platform/forms/fields";
import { isHttpsOrLoopback } from "@/platform/config/env";
import { TWO_FACTOR_POLICIES } from "./policy";

/** A code as typed: an app's six digits, or a recovery code. */
export const codeField = z.string("code-required").trim().min(1, "code-required").max(40, "code-wrong");

export const sessionIdSchema = z.object({ sessionId: idField });
export const personIdSchema = z.object({ userId: idField });
export const confirmCodeSchema = z.object({ code: codeField });

/** Half a year by default; at least a month (an investigation needs that long), at most seven years. */
export const securitySettingsSchema = z.object({
  twoFactorPolicy: z.enum(TWO_FACTOR_POLICIES, "invalid"),
  securityRetentionDays: z.coerce.number("retention-range").int("retention-range").min(30, "retention-range").max(2555, "retention-range"),
});

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const optionalText = (max: number, code = "too-long") => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max, code).nullable().default(null));
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The admin's single sign-on settings; the rules that need the database (a break-glass admin that is one) are the command's. */
export const ssoSettingsSchema = z
  .object({
    name: optionalText(60),
    issuer: optionalText(500, "sso-issuer-invalid").refine((v) => v === null || (URL.canParse(v) && isHttpsOrLoopback(v)), "sso-issuer-invalid"),
    clientId: optionalText(500),
    clientSecret: optionalText(2000),
    ssoOnly: checkbox,
    breakGlassUserId: optionalText(64),
    jitDomains: z
      .preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(2000, "sso-domains-invalid"))
      .transform((v) => [...new Set(v.split(/[,\s]+/).map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter(Boolean))])
      .refine((domains) => domains.every((d) => DOMAIN.test(d)), "sso-domains-invalid"),
    jitTeamId: optionalText(64),
  })
  .refine((v) => (v.issuer === null) === (v.clientId === null), { path: ["issuer"], message: "sso-incomplete" });

export type SsoSettingsForm = z.output<typeof ssoSettingsSchema>;

/** What one calls a passkey, to tell it from one's others ("Work laptop"). */
export const passkeyNameField = z.string("passkey-name-required").trim().min(1, "passkey-name-required").max(60, "too-long");
export const passkeyIdSchema = z.object({ passkeyId: idField });
