// A session's browser and system, as its owner recognises them ("Chrome 131
// on Windows"), read from the user agent it signed in with.
import Bowser from "bowser";

export interface Device {
  browser: string | null;
  os: string | null;
  mobile: boolean;
}

export function deviceOf(userAgent: string | null): Device {
  if (!userAgent) return { browser: null, os: null, mobile: false };
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split(".")[0];
  const browser = parsed.browser.name ? `${parsed.browser.name}${major ? ` ${major}` : ""}` : null;
  const os = parsed.os.name ?? null;
  return { browser, os, mobile: parsed.platform.type === "mobile" || parsed.platform.type === "tablet" };
}
