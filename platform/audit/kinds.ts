// Every kind of event the audit log shows. Score changes come from
// ScoreAudit (score.create, score.update); the rest from AuditEvent.
export const AUDIT_KINDS = [
  "score.create",
  "score.update",
  "month.close",
  "month.reopen",
  "tiers.set",
  "challenge.create",
  "challenge.delete",
  "settings.update",
  "team.create",
  "team.update",
  "user.create",
  "user.update",
  "user.invite",
  "user.password",
  "import.people",
  "import.scores",
  "import.mapping",
  "wall-link.create",
  "wall-link.revoke",
  "token.create",
  "token.revoke",
  "channel.add",
  "channel.remove",
  "webhook.add",
  "webhook.remove",
  "notifications.set",
  // Security events (platform/auth/security-events.ts), pruned after the
  // admin's retention; the log's "security" filter shows them all.
  "security.sign-in",
  "security.sign-in-failed",
  "security.sign-in-throttled",
  "security.factor",
  "security.sessions",
  "security.refused",
] as const;

export type AuditKind = (typeof AUDIT_KINDS)[number];

export function isAuditKind(value: unknown): value is AuditKind {
  return typeof value === "string" && (AUDIT_KINDS as readonly string[]).includes(value);
}

/** The security events' kinds: every kind under "security.". */
export const SECURITY_PREFIX = "security.";

/** The audit log's filter: one kind, or every security event. */
export const AUDIT_FILTER_KINDS = [...AUDIT_KINDS, "security"] as const;
export type AuditFilterKind = (typeof AUDIT_FILTER_KINDS)[number];
