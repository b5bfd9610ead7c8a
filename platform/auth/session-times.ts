// The ends of a session, as instants: shared by its reads and its writes.
import { SESSION_ABSOLUTE_S, SESSION_IDLE_S } from "./cookie";

export const ago = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);

/** Where sessions that still hold were last seen after, and began after. */
export function liveSince(now: Date) {
  return { lastSeenAt: { gt: ago(now, SESSION_IDLE_S) }, createdAt: { gt: ago(now, SESSION_ABSOLUTE_S) } };
}
