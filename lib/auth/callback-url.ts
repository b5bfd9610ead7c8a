/** Where to go after signing in: a path on this site only, never another origin. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string") return "/";
  let path = value;
  // next-auth hands back absolute URLs of this site; keep only their path.
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      path = `${url.pathname}${url.search}`;
    } catch {
      return "/";
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  if (path.startsWith("/sign-in") || path.startsWith("/api/")) return "/";
  return path;
}
