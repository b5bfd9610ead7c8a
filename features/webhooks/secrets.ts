import "server-only";
// A webhook's URL and signing secret are stored sealed (platform/security/seal.ts),
// each with a key of its own derived from the app's secret.
import { appKey, seal, unseal, urlHint } from "@/platform/security/seal";
import { SEAL_LABELS } from "./sign";

const URL_KEY = SEAL_LABELS.url;
const SECRET_KEY = SEAL_LABELS.secret;

/** A webhook's URL and secret as they are stored, and what the pages show of the URL. */
export function sealWebhook(url: string, secret: string): { urlSealed: string; urlHint: string; secretSealed: string } {
  return { urlSealed: seal(appKey(URL_KEY), url), urlHint: urlHint(url), secretSealed: seal(appKey(SECRET_KEY), secret) };
}

/** The URL and secret to send with; null when they cannot be opened (the app's secret changed). */
export function openWebhook(row: { urlSealed: string; secretSealed: string }): { url: string; secret: string } | null {
  const url = unseal(appKey(URL_KEY), row.urlSealed);
  const secret = unseal(appKey(SECRET_KEY), row.secretSealed);
  return url && secret ? { url, secret } : null;
}
