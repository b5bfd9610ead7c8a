// Every /api/v1 operation, as the OpenAPI document describes it: who may call
// it, what it reads (the same zod schemas the routes validate with) and what
// it answers (answers.ts). The contract test checks this list against the
// route files, so a new route cannot be left out.
import { z } from "zod";
import { challengeSchema, tierSetSchema } from "@/features/incentives";
import { createPersonSchema, createTeamSchema, updatePersonSchema, updateTeamSchema } from "@/features/people";
import { scoreInputSchema } from "@/features/scores";
import { addChannelSchema, ownSwitchesSchema, scopeSwitchesSchema } from "@/features/notifications";
import { addWebhookSchema } from "@/features/webhooks";
import * as answer from "./answers";

export type Method = "get" | "post" | "put" | "patch" | "delete";

export interface Parameter {
  name: string;
  in: "path" | "query";
  description: string;
  schema: z.ZodType;
  required?: boolean;
}

export interface Operation {
  method: Method;
  /** OpenAPI's form: /api/v1/users/{id}. */
  path: string;
  tag: string;
  summary: string;
  /** Who may call it: the roles, or "anyone" with no credentials at all. */
  who: "anyone" | "signed-in" | "admins" | "managers and admins";
  parameters?: Parameter[];
  /** The JSON body, or "spreadsheet" for an import's file. */
  body?: z.ZodType | "spreadsheet";
  /** Status → body schema (null: no body). Refusals are added to every operation (document.ts). */
  answers: Record<number, z.ZodType | null>;
}

const monthText = z.string().regex(/^\d{4}-\d{2}$/);
const idPath = (what: string): Parameter => ({ name: "id", in: "path", description: what, schema: z.string(), required: true });
const monthQuery = (description = "The month, YYYY-MM (default: the company's current month)"): Parameter => ({ name: "month", in: "query", description, schema: monthText });
const teamQuery: Parameter = { name: "team", in: "query", description: "A team's id", schema: z.string() };
const reasonBody = (required: boolean) => z.object({ reason: required ? z.string().min(1).max(500) : z.string().max(500).nullable().optional() });

export const OPERATIONS: readonly Operation[] = [
  { method: "get", path: "/api/v1/health", tag: "Operations", summary: "Whether the app and its database answer (no sign-in)", who: "anyone", answers: { 200: answer.health, 503: answer.health } },
  { method: "get", path: "/api/v1/openapi.json", tag: "Operations", summary: "This document", who: "anyone", answers: { 200: z.looseObject({ openapi: z.literal("3.1.0") }) } },
  { method: "get", path: "/api/v1/me", tag: "Scores", summary: "The signed-in user", who: "signed-in", answers: { 200: answer.me } },
  {
    method: "post",
    path: "/api/v1/scores",
    tag: "Scores",
    summary: "Creates (201) or replaces (200) a month's entry: your own, or a rep's you manage (userId)",
    who: "signed-in",
    body: z.object({ userId: z.string().optional() }).and(scoreInputSchema(undefined as never)),
    answers: { 200: answer.score, 201: answer.score },
  },
  {
    method: "get",
    path: "/api/v1/users/{id}/scores",
    tag: "Scores",
    summary: "A user's history, oldest first",
    who: "signed-in",
    parameters: [idPath("The user's id"), { name: "from", in: "query", description: "YYYY-MM", schema: monthText }, { name: "to", in: "query", description: "YYYY-MM", schema: monthText }],
    answers: { 200: answer.scoreHistory },
  },
  { method: "post", path: "/api/v1/scores/parse", tag: "Scores", summary: "Reads a copied LinkedIn SSI page; stores nothing", who: "signed-in", body: z.object({ text: z.string().max(60_000) }), answers: { 200: answer.parsedPaste, 422: answer.errorAnswer } },
  {
    method: "get",
    path: "/api/v1/leaderboard",
    tag: "Boards",
    summary: "A board page: what the caller may not see is null",
    who: "signed-in",
    parameters: [
      monthQuery(),
      { name: "team", in: "query", description: "A team's id, or all", schema: z.string() },
      { name: "board", in: "query", description: "score or improvement", schema: z.enum(["score", "improvement"]) },
      { name: "limit", in: "query", description: "1 to 500 (default 100)", schema: z.coerce.number().int().min(1).max(500) },
      { name: "cursor", in: "query", description: "A nextCursor", schema: z.string() },
      { name: "around", in: "query", description: "me: the page around the caller", schema: z.enum(["me"]) },
    ],
    answers: { 200: answer.leaderboard },
  },
  { method: "get", path: "/api/v1/tiers", tag: "Incentives", summary: "The bonus tiers in force in a month", who: "signed-in", parameters: [monthQuery()], answers: { 200: answer.tiers } },
  { method: "put", path: "/api/v1/tiers", tag: "Incentives", summary: "The tier set that takes effect from a month", who: "admins", body: tierSetSchema, answers: { 200: answer.savedTiers } },
  { method: "get", path: "/api/v1/challenges", tag: "Incentives", summary: "The challenges running in a month that the caller's boards show", who: "signed-in", parameters: [monthQuery(), teamQuery], answers: { 200: answer.challenges } },
  { method: "post", path: "/api/v1/challenges", tag: "Incentives", summary: "Creates a challenge (managers for their teams)", who: "managers and admins", body: challengeSchema, answers: { 201: answer.challenge } },
  { method: "delete", path: "/api/v1/challenges/{id}", tag: "Incentives", summary: "Removes a challenge while no month of it is closed", who: "managers and admins", parameters: [idPath("The challenge's id")], answers: { 204: null } },
  {
    method: "post",
    path: "/api/v1/months/{month}/close",
    tag: "Incentives",
    summary: "Closes a month: its scores and payouts become final",
    who: "admins",
    parameters: [{ name: "month", in: "path", description: "YYYY-MM", schema: monthText, required: true }],
    body: reasonBody(false),
    answers: { 200: answer.monthStatus },
  },
  {
    method: "post",
    path: "/api/v1/months/{month}/reopen",
    tag: "Incentives",
    summary: "Reopens a closed month (a reason is required)",
    who: "admins",
    parameters: [{ name: "month", in: "path", description: "YYYY-MM", schema: monthText, required: true }],
    body: reasonBody(true),
    answers: { 200: answer.monthStatus },
  },
  { method: "get", path: "/api/v1/payouts", tag: "Incentives", summary: "A month's payouts (managers: their teams)", who: "managers and admins", parameters: [monthQuery(), teamQuery], answers: { 200: answer.payouts } },
  { method: "get", path: "/api/v1/teams", tag: "Administration", summary: "Every team, archived ones included", who: "admins", answers: { 200: answer.teams } },
  { method: "post", path: "/api/v1/teams", tag: "Administration", summary: "Creates a team", who: "admins", body: createTeamSchema, answers: { 201: answer.team } },
  { method: "patch", path: "/api/v1/teams/{id}", tag: "Administration", summary: "Renames a team, sets its managers, archives or restores it", who: "admins", parameters: [idPath("The team's id")], body: updateTeamSchema, answers: { 200: answer.team } },
  { method: "get", path: "/api/v1/users", tag: "Administration", summary: "Everyone, deactivated people included", who: "admins", answers: { 200: answer.people } },
  { method: "post", path: "/api/v1/users", tag: "Administration", summary: "Creates a person; the answer carries their invitation link, once", who: "admins", body: createPersonSchema, answers: { 201: answer.createdPerson } },
  { method: "patch", path: "/api/v1/users/{id}", tag: "Administration", summary: "Changes a person", who: "admins", parameters: [idPath("The person's id")], body: updatePersonSchema, answers: { 200: answer.person } },
  {
    method: "post",
    path: "/api/v1/imports/{kind}",
    tag: "Administration",
    summary: "Imports people or scores from a CSV or Excel file (a dry run unless dryRun=false)",
    who: "admins",
    parameters: [
      { name: "kind", in: "path", description: "people or scores", schema: z.enum(["people", "scores"]), required: true },
      { name: "dryRun", in: "query", description: "true (default) or false", schema: z.enum(["true", "false"]) },
      monthQuery("Scores: the month of a file without a month column"),
      { name: "sheet", in: "query", description: "Excel: the sheet's name", schema: z.string() },
      { name: "mapping", in: "query", description: "JSON: which column holds which field", schema: z.string() },
      { name: "mappingName", in: "query", description: "A saved mapping's name", schema: z.string() },
      { name: "saveMappingAs", in: "query", description: "Save this mapping under a name", schema: z.string() },
    ],
    body: "spreadsheet",
    answers: { 200: answer.importResult, 422: answer.importResult },
  },
  {
    method: "get",
    path: "/api/v1/audit",
    tag: "Administration",
    summary: "The audit log, newest first, 50 a page",
    who: "admins",
    parameters: [
      { name: "actor", in: "query", description: "A person's id", schema: z.string() },
      { name: "kind", in: "query", description: "An event kind", schema: z.string() },
      { name: "from", in: "query", description: "YYYY-MM-DD", schema: z.string() },
      { name: "to", in: "query", description: "YYYY-MM-DD", schema: z.string() },
      { name: "cursor", in: "query", description: "A next", schema: z.string() },
    ],
    answers: { 200: answer.auditPage },
  },
  { method: "get", path: "/api/v1/me/notifications", tag: "Notifications", summary: "The kinds of message you receive, each on or off", who: "signed-in", answers: { 200: answer.ownNotifications } },
  { method: "put", path: "/api/v1/me/notifications", tag: "Notifications", summary: "The kinds left on; your other kinds are switched off", who: "signed-in", body: ownSwitchesSchema, answers: { 200: answer.ownNotifications } },
  { method: "get", path: "/api/v1/notifications", tag: "Notifications", summary: "Email, channels, switches at one scope, the delivery log and the failed jobs", who: "admins", parameters: [{ name: "scope", in: "query", description: "company, team:<id> or channel:<id>", schema: z.string() }], answers: { 200: answer.adminNotifications } },
  { method: "put", path: "/api/v1/notifications/switches", tag: "Notifications", summary: "The kinds left on at one scope", who: "admins", body: scopeSwitchesSchema, answers: { 200: answer.scopeSwitches } },
  { method: "post", path: "/api/v1/notifications/channels", tag: "Notifications", summary: "Adds a Slack or Teams webhook; its URL is never returned", who: "admins", body: addChannelSchema, answers: { 201: answer.created } },
  { method: "delete", path: "/api/v1/notifications/channels/{id}", tag: "Notifications", summary: "Removes a channel", who: "admins", parameters: [idPath("The channel's id")], answers: { 204: null } },
  { method: "post", path: "/api/v1/notifications/channels/{id}/test", tag: "Notifications", summary: "Sends a test message now and says what the channel answered", who: "admins", parameters: [idPath("The channel's id")], answers: { 200: answer.testAnswer } },
  { method: "post", path: "/api/v1/notifications/test-email", tag: "Notifications", summary: "Emails you a test now (409 email-off without SMTP_URL)", who: "admins", answers: { 200: answer.testAnswer } },
  { method: "get", path: "/api/v1/webhooks", tag: "Webhooks", summary: "The outgoing webhooks (never their URL or secret) and the latest deliveries", who: "admins", answers: { 200: answer.webhooks } },
  { method: "post", path: "/api/v1/webhooks", tag: "Webhooks", summary: "Adds a webhook; the answer's signing secret is shown this once", who: "admins", body: addWebhookSchema, answers: { 201: answer.addedWebhook } },
  { method: "delete", path: "/api/v1/webhooks/{id}", tag: "Webhooks", summary: "Removes a webhook and its delivery log", who: "admins", parameters: [idPath("The webhook's id")], answers: { 204: null } },
  { method: "post", path: "/api/v1/webhooks/{id}/test", tag: "Webhooks", summary: "Sends a signed ping now and says what the receiver answered", who: "admins", parameters: [idPath("The webhook's id")], answers: { 200: answer.testAnswer } },
  { method: "get", path: "/api/v1/webhooks/{id}/deliveries", tag: "Webhooks", summary: "A webhook's latest 100 deliveries, newest first", who: "admins", parameters: [idPath("The webhook's id")], answers: { 200: answer.deliveries } },
];
