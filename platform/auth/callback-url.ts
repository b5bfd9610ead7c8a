// Where the browser goes after signing in: a path on this site, or home.

/**
 * A stand-in for the app's own origin. A relative path resolved against it
 * keeps this origin exactly when the browser, resolving it against the app's
 * real address, stays on the app: "//evil.example", "/\\evil.example" and
 * "https://evil.example" all change it.
 */
const HERE = "https://ssiboard.invalid";

/**
 * `value` when it is a path on this site ("/teams/t1?month=2026-11"), else
 * "/". Checked on the parsed URL, not on the text's first characters:
 * browsers drop tabs and newlines and read "\" as "/", so "/\t/evil.example"
 * would leave the site. Such characters are refused outright, as is every
 * absolute URL, and the path is sent back as the parser normalised it.
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  // Control characters (C0, DEL, C1) and backslashes: never in a path of ours.
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Back to the sign-in page would loop; the API answers JSON, not a page.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/")) return "/";
  return path.startsWith("//") ? "/" : path;
}
