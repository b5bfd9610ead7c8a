// Values the server hands out and must get back unchanged and unread (the
// board's and the audit log's cursors): sealed with AES-256-GCM under a key
// of their own, derived from NEXTAUTH_SECRET by HKDF. Whoever holds a sealed
// value learns nothing of what it holds (not even its length beyond what its
// maker padded), and cannot make or change one: opening checks the tag.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { serverEnv } from "@/platform/config/env";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Longer sealed text is not ours: refused before any decoding. */
const MAX_SEALED_CHARS = 2048;

/** A 256-bit key for one purpose (its label), from the app's secret. */
export function sealKey(secret: string, label: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "ssi-board/sealed-values", label, 32));
}

const appKeys = new Map<string, Buffer>();

/** The key of `label` under the app's secret (NEXTAUTH_SECRET): every instance with the secret opens what another sealed. */
export function appKey(label: string): Buffer {
  const secret = serverEnv().NEXTAUTH_SECRET;
  const id = `${label}\n${secret}`;
  const known = appKeys.get(id);
  if (known) return known;
  const made = sealKey(secret, label);
  appKeys.set(id, made);
  return made;
}

/** `plain` sealed under `key`, as URL-safe text. */
export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** What `sealed` holds, or null when `key` did not seal it (forged, changed, cut, or another purpose's). */
export function unseal(key: Buffer, sealed: string): string | null {
  if (sealed.length > MAX_SEALED_CHARS || !/^[A-Za-z0-9_-]+$/.test(sealed)) return null;
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) return null;
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    // The tag does not match: not sealed with this key.
    return null;
  }
}

/** What the pages show of a secret URL (a webhook's): its host and its last four characters. */
export const urlHint = (url: string): string => `${new URL(url).host}/…${url.slice(-4)}`;
