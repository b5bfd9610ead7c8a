// The audit log's cursor: the time and id of the last line of a page, sealed
// (platform/security/seal.ts) like the board's, so that what comes back is always
// a place this app handed out, never a date or an id typed by hand.
import { appKey, seal, unseal } from "@/platform/security/seal";

export interface AuditPlace {
  at: Date;
  id: string;
}

const cursorKey = () => appKey("ssi-board/audit-cursor/v1");

/** The cursor of the page after the line at `place`. */
export function sealAuditCursor(place: { at: string; id: string }): string {
  return seal(cursorKey(), `${place.at}|${place.id}`);
}

/** The place a cursor marks, or null when this app did not hand it out. */
export function openAuditCursor(cursor: string): AuditPlace | null {
  const plain = unseal(cursorKey(), cursor);
  const [at, id, ...rest] = plain?.split("|") ?? [];
  const date = at ? new Date(at) : null;
  return date && !Number.isNaN(date.getTime()) && id && rest.length === 0 ? { at: date, id } : null;
}
