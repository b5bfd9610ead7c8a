import "server-only";
import { db } from "@/platform/db/prisma";
import { recordEvent } from "@/platform/audit/mutations";
import { SWITCHABLE_KINDS, type SwitchableKind } from "./kinds";

/**
 * Sets every switchable kind at `scope`: those in `on` on, the rest off,
 * among `kinds` (the ones that scope's form shows). Only "off" needs a row,
 * but both are kept so the audit log and the pages read one table.
 */
export async function setSwitches(actorId: string, scope: string, on: readonly SwitchableKind[], kinds: readonly SwitchableKind[] = SWITCHABLE_KINDS): Promise<void> {
  await db().$transaction(async (tx) => {
    for (const kind of kinds) {
      const enabled = on.includes(kind);
      await tx.notificationSetting.upsert({ where: { scope_kind: { scope, kind } }, create: { scope, kind, enabled }, update: { enabled } });
    }
    await recordEvent(tx, { kind: "notifications.set", actorId, details: { scope, on: [...on] } });
  });
}

/** One kind off for one person: what an unsubscribe link does. */
export async function switchOff(userId: string, kind: SwitchableKind): Promise<void> {
  const scope = `user:${userId}`;
  await db().notificationSetting.upsert({ where: { scope_kind: { scope, kind } }, create: { scope, kind, enabled: false }, update: { enabled: false } });
}
