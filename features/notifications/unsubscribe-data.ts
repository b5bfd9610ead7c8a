import "server-only";
import { db } from "@/platform/db/prisma";

/** Whether `userId` is a person an unsubscribe link may still act for (deleted people have nothing to stop). */
export async function personExists(userId: string): Promise<boolean> {
  return (await db().user.count({ where: { id: userId } })) > 0;
}
