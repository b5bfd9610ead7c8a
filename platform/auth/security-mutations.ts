// Security events (ASVS 16.3): every sign-in, success or not, every change
// of a second factor, every session ended and every refused authorization,
// with when, who (or the email as typed), from where and with what browser.
// They are audit events of kind "security.*", pruned after the admin's
// retention (pruneSecurityEvents). Never a password, a code or a token:
// the callers pass none, and `details` holds codes and names only.
import "server-only";
import { headers } from "next/headers";
import { db } from "@/platform/db/prisma";
import type { Prisma } from "@/platform/db/generated/client";
import { SECURITY_PREFIX, type AuditKind } from "@/platform/audit/kinds";
import { requestContext, type RequestContext } from "./request-context";
import { log } from "@/platform/log/logger";

type SecurityKind = Extract<AuditKind, `security.${string}`>;

export interface SecurityEvent {
  kind: SecurityKind;
  /** Who acted: the person signing in or changing a factor, the admin ending someone's sessions. */
  actorId: string | null;
  /** Whom it is about, when another than the actor (an admin's reset). */
  subjectId?: string | null;
  /** The email as typed, for a sign-in that matched no one. */
  email?: string;
  /** A failure's reason, as a code (wrong-password, unknown-email, inactive…). */
  reason?: string;
  details?: Record<string, string | number | boolean | null>;
  context: RequestContext | null;
}

/** Records `event`; a security log that fails must not fail the sign-in it records, so errors are reported, not thrown. */
export async function recordSecurityEvent(event: SecurityEvent, tx?: Prisma.TransactionClient): Promise<void> {
  logSecurityEvent(event);
  const details: Prisma.InputJsonObject = {
    ...(event.subjectId ?? event.actorId ? { id: event.subjectId ?? event.actorId } : {}),
    ...(event.email ? { email: event.email.slice(0, 320) } : {}),
    ...(event.context?.address ? { address: event.context.address } : {}),
    ...(event.context?.userAgent ? { userAgent: event.context.userAgent } : {}),
    ...event.details,
  };
  // Inside a transaction, the event is part of the change: its failure is the change's.
  if (tx) {
    await tx.auditEvent.create({ data: { kind: event.kind, actorId: event.actorId, reason: event.reason ?? null, details } });
    return;
  }
  try {
    await db().auditEvent.create({ data: { kind: event.kind, actorId: event.actorId, reason: event.reason ?? null, details } });
  } catch (error) {
    console.error("security event not recorded:", event.kind, error instanceof Error ? error.message : error);
  }
}

// Refusals and failures are what an operator watches for (a guessing run, a probe of the admin pages).
const WATCHED: ReadonlySet<SecurityKind> = new Set(["security.sign-in-failed", "security.sign-in-throttled", "security.refused"]);

/** The event as a log line: its kind, who, about whom, why and from where; never the email as typed (it may be a password typed in the wrong field). */
function logSecurityEvent(event: SecurityEvent): void {
  const line = {
    event: event.kind,
    actorId: event.actorId,
    ...(event.subjectId ? { subjectId: event.subjectId } : {}),
    ...(event.reason ? { reason: event.reason } : {}),
    ...(event.details?.action ? { action: event.details.action } : {}),
    ...(event.context?.address ? { address: event.context.address } : {}),
  };
  log()[WATCHED.has(event.kind) ? "warn" : "info"](line, "security");
}

/** The request's address and browser, when there is a request (not in a script or a test's direct call). */
export async function currentRequestContext(): Promise<RequestContext | null> {
  try {
    return requestContext(await headers());
  } catch {
    return null;
  }
}

/** A signed-in person refused something they asked for (a page, an action, an API call). */
export async function recordRefusal(user: { id: string }, action: string): Promise<void> {
  await recordSecurityEvent({ kind: "security.refused", actorId: user.id, details: { action }, context: await currentRequestContext() });
}

/** Deletes the security events older than `days`: their retention. Other audit events stay. */
export async function pruneSecurityEvents(days: number, now = new Date()): Promise<number> {
  const { count } = await db().auditEvent.deleteMany({
    where: { kind: { startsWith: SECURITY_PREFIX }, createdAt: { lt: new Date(now.getTime() - days * 86_400_000) } },
  });
  return count;
}
