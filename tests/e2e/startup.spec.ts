import { expect, test } from "./support/test";
import { spawn } from "node:child_process";
import { freePort } from "../../scripts/db/embedded-postgres";

/** Starts the built app with `env` and returns its exit code and output once it stops (or after 30 s). */
async function startApp(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn("npx", ["--no-install", "next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", ...env } as NodeJS.ProcessEnv,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  clearTimeout(timer);
  return { code, output };
}

test.describe("server start-up", () => {
  test.setTimeout(60_000);

  test("refuses to start in production without NEXTAUTH_SECRET", async () => {
    const { code, output } = await startApp({ NEXTAUTH_SECRET: "" });
    expect(code).toBe(1);
    expect(output).toContain("Invalid configuration: NEXTAUTH_SECRET is required in production");
  });

  test("exits with one clear line naming DATABASE_URL when the database is unreachable", async () => {
    const port = await freePort();
    const { code, output } = await startApp({ DATABASE_URL: `postgresql://nobody:secret@127.0.0.1:${port}/none` });
    expect(code).toBe(1);
    const line = output.split("\n").find((l) => l.includes("DATABASE_URL"));
    expect(line).toMatch(new RegExp(`^Cannot reach the database at DATABASE_URL \\(127\\.0\\.0\\.1:${port}/none\\): .*ECONNREFUSED`));
    expect(output).not.toContain("    at "); // no stack trace
    expect(output).not.toContain("secret");
  });
});

test.describe("installable, and private", () => {
  test("the web app manifest names the app and its icons, which are served", async ({ request }) => {
    const response = await request.get("/manifest.webmanifest");
    expect(response.status()).toBe(200);
    const manifest = (await response.json()) as { name: string; start_url: string; theme_color: string; icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest).toMatchObject({ name: "SSI Board", start_url: "/", theme_color: "#0a5cc2" });
    const kinds = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort();
    expect(kinds).toEqual(["192x192 any", "192x192 maskable", "512x512 any", "512x512 maskable"]);
    for (const icon of manifest.icons) {
      const image = await request.get(icon.src);
      expect(image.headers()["content-type"]).toBe("image/png");
      // The PNG header's width: the icon is the size the manifest says.
      expect(String((await image.body()).readUInt32BE(16))).toBe(icon.sizes.split("x")[0]);
    }
  });

  test("search engines are kept out", async ({ request, page }) => {
    expect(await (await request.get("/robots.txt")).text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
    await page.goto("/sign-in");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  });
});
