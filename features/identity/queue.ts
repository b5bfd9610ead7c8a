import "server-only";
// Hourly housekeeping of sign-in records: security events past the admin's
// retention, passkey challenges nobody answered, and sessions that ended or ran out (a person's own are also
// cleared at each of their sign-ins: platform/auth/sessions.ts).
import type { Queue } from "@/platform/jobs/runtime";
import { pruneSecurityEvents } from "@/platform/auth/security-mutations";
import { pruneSessions } from "@/platform/auth/session-mutations";
import { securitySettings } from "./data";
import { pruneChallenges } from "./passkey-mutations";

export const SECURITY_PRUNE_QUEUE = "security-prune";

/** Deletes what is past keeping at `now`; how many events and sessions went. */
export async function pruneSecurityRecords(now = new Date()): Promise<{ events: number; sessions: number; challenges: number }> {
  const { securityRetentionDays } = await securitySettings();
  return { events: await pruneSecurityEvents(securityRetentionDays, now), sessions: await pruneSessions(now), challenges: await pruneChallenges(now) };
}

export const securityPruneQueue: Queue<object> = {
  name: SECURITY_PRUNE_QUEUE,
  cron: "17 * * * *",
  expireInSeconds: 300,
  retryLimit: 3,
  retryDelay: 60,
  handle: async () => {
    await pruneSecurityRecords();
  },
};
