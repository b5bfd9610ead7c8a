import "server-only";
// The secrets a message carries: unsubscribe links, channel URLs.
import { appKey, seal, unseal, urlHint } from "@/platform/security/seal";
import { isSwitchableKind, SEAL_LABELS, type SwitchableKind } from "./kinds";

const UNSUBSCRIBE_KEY = SEAL_LABELS.unsubscribe;

/** The secret of a link that stops `kind` for `userId`: sealed, so it cannot be made for someone else. */
export const unsubscribeToken = (userId: string, kind: SwitchableKind): string => seal(appKey(UNSUBSCRIBE_KEY), JSON.stringify({ u: userId, k: kind }));

/** Who and what an unsubscribe link stops, or null when it is not one of ours. */
export function readUnsubscribeToken(token: string): { userId: string; kind: SwitchableKind } | null {
  const opened = unseal(appKey(UNSUBSCRIBE_KEY), token);
  if (!opened) return null;
  try {
    const { u, k } = JSON.parse(opened) as { u?: unknown; k?: unknown };
    return typeof u === "string" && isSwitchableKind(k) ? { userId: u, kind: k } : null;
  } catch {
    return null;
  }
}

const CHANNEL_KEY = SEAL_LABELS.channelUrl;

/** A webhook URL sealed for storage, and what the pages show of it. */
export function sealChannelUrl(url: string): { urlSealed: string; urlHint: string } {
  return { urlSealed: seal(appKey(CHANNEL_KEY), url), urlHint: urlHint(url) };
}

export const openChannelUrl = (sealed: string): string | null => unseal(appKey(CHANNEL_KEY), sealed);
