import "server-only";
// Work over the whole company (an export) runs its reads and
// writes with the long limits (TIMEOUTS in connect.ts) without each data
// module choosing a client: inside asLongWork, db() is longDb() (prisma.ts).
import { AsyncLocalStorage } from "node:async_hooks";

const longWork = new AsyncLocalStorage<true>();

/** Runs `work` with the long limits. */
export function asLongWork<T>(work: () => Promise<T>): Promise<T> {
  return longWork.run(true, work);
}

export const inLongWork = (): boolean => longWork.getStore() === true;
