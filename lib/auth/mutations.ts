import "server-only";
import { db } from "../db/prisma";

/** Ends every session of the user: tokens issued before this stop working. */
export async function revokeSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
