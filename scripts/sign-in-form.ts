// The sign-in page's hidden fields (React's server action reference), read
// from its HTML: what a browser without JavaScript posts along with the email
// and password. Used by the end-to-end tests and the benchmark to sign in as
// a plain HTTP client.

export function signInHiddenFields(html: string): Record<string, string> {
  const form = html.split("<form").find((chunk) => chunk.includes('name="password"'))?.split("</form>")[0] ?? "";
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input([^>]*)>/g)) {
    const attributes = input[1] ?? "";
    const name = /name="([^"]*)"/.exec(attributes)?.[1];
    const type = /type="([^"]*)"/.exec(attributes)?.[1];
    if (name && type === "hidden") fields[name] = (/value="([^"]*)"/.exec(attributes)?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }
  return fields;
}
