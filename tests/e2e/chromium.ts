/** The Chromium that Playwright drives: CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";
}
