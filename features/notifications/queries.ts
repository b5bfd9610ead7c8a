import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { ADMINISTER } from "@/platform/auth/permissions";
import { serverEnv } from "@/platform/config/env";
import { listTeams } from "@/features/people";
import { deliveryLog, failedJobs, listChannels, readSwitches, scopes, setAsideEvents } from "./data";
import { KIND_AUDIENCE, kindsFor, SWITCHABLE_KINDS, type SwitchableKind } from "./kinds";

const CHANNEL_KINDS = SWITCHABLE_KINDS.filter((kind) => KIND_AUDIENCE[kind] === "channel");

/** The kinds shown at a scope: a channel's are the channel kinds; the company's and a team's, every kind. */
export const kindsAtScope = (scope: string): readonly SwitchableKind[] => (scope.startsWith("channel:") ? CHANNEL_KINDS : SWITCHABLE_KINDS);

/** A person's own choices: what they receive, on or off, and what their admin switched off for everyone. */
export const ownNotificationsQuery = defineQuery({
  input: z.object({}),
  permission: (user) => ({ action: "edit-account", ownerId: user.id }),
  read: async (_input, user) => {
    const above = [scopes.company, ...(user.teamId ? [scopes.team(user.teamId)] : [])];
    const mine = scopes.user(user.id);
    const switches = await readSwitches([...above, mine]);
    return {
      emailOn: Boolean(serverEnv().SMTP_URL),
      kinds: kindsFor(user.role).map((kind) => ({
        kind,
        on: switches.get(`${mine}\n${kind}`) !== false,
        offByAdmin: above.some((scope) => switches.get(`${scope}\n${kind}`) === false),
      })),
    };
  },
});

/** Everything the admin's notifications page shows: email, channels, switches at one scope, the delivery log, failed jobs. */
export const adminNotificationsQuery = defineQuery({
  input: z.object({ scope: z.string().max(80).optional() }),
  permission: () => ADMINISTER,
  read: async ({ scope: askedScope }) => {
    const env = serverEnv();
    const [switches, channels, teams, log, failed, setAside] = await Promise.all([readSwitches(), listChannels(), listTeams(), deliveryLog(), failedJobs(), setAsideEvents()]);
    const scopeChoices = [
      { scope: scopes.company, name: null as string | null, kind: "company" as const },
      ...teams.map((team) => ({ scope: scopes.team(team.id), name: team.name, kind: "team" as const })),
      ...channels.map((channel) => ({ scope: scopes.channel(channel.id), name: channel.name, kind: "channel" as const })),
    ];
    const scope = scopeChoices.find((choice) => choice.scope === askedScope)?.scope ?? scopes.company;
    return {
      email: { on: Boolean(env.SMTP_URL), from: env.MAIL_FROM ?? null },
      jobsHere: env.SSI_JOBS === "on",
      teams: teams.map((team) => ({ id: team.id, name: team.name })),
      channels: channels.map((c) => ({ id: c.id, medium: c.medium, name: c.name, teamName: c.team?.name ?? null, urlHint: c.urlHint, createdAt: c.createdAt.toISOString() })),
      scope,
      scopeChoices,
      switches: kindsAtScope(scope).map((kind) => ({ kind, on: switches.get(`${scope}\n${kind}`) !== false })),
      log: log.map((n) => ({
        id: n.id,
        kind: n.kind,
        medium: n.medium,
        to: n.user?.name ?? n.channel?.name ?? null,
        status: n.status,
        attempts: n.attempts,
        reason: n.lastError,
        response: n.response,
        createdAt: n.createdAt.toISOString(),
        notBefore: n.notBefore.toISOString(),
        sentAt: n.sentAt?.toISOString() ?? null,
      })),
      failedJobs: failed,
      setAside: setAside.map((e) => ({ kind: e.kind, error: e.error ?? "", createdAt: e.createdAt.toISOString() })),
    };
  },
});

export type AdminNotifications = Awaited<ReturnType<typeof adminNotificationsQuery.read>>;
export type OwnNotifications = Awaited<ReturnType<typeof ownNotificationsQuery.read>>;
