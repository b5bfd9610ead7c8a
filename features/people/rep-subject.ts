import "server-only";
import { can, revealsMissing, type Actor } from "@/platform/auth/permissions";
import { findRepProfile, type RepProfile } from "./rep-data";

/**
 * The rep `actor` wants to view or edit, or why not. Someone who may not
 * list everyone gets "forbidden" for an id that does not exist as well, so
 * pages and the API never tell them which ids exist.
 */
export async function repFor(
  actor: Actor,
  repId: string,
  action: "view-rep" | "edit-scores",
): Promise<{ ok: true; rep: RepProfile } | { ok: false; reason: "not-found" | "forbidden" }> {
  const rep = await findRepProfile(repId);
  if (!rep) return { ok: false, reason: revealsMissing(actor) ? "not-found" : "forbidden" };
  return can(actor, { action, rep }) ? { ok: true, rep } : { ok: false, reason: "forbidden" };
}
