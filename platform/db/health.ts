import "server-only";
import { db } from "./prisma";

/** How long a health check waits for the database before saying it is down. */
const TIMEOUT_MS = 2000;

/** Whether the database answers a trivial query within TIMEOUT_MS. */
export async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  try {
    return await Promise.race([db().$queryRaw`SELECT 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
