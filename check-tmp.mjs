import { chromium } from "playwright-core";
const base = process.argv[2] ?? "http://127.0.0.1:3000";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const out = [];
for (const host of ["127.0.0.1", "localhost"]) {
  for (const [width, locale, email] of [[1280, "en-US", "admin@example.com"], [360, "fr-FR", "rep@example.com"]]) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 }, locale, extraHTTPHeaders: { "Accept-Language": locale } });
    const page = await ctx.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    const url = base.replace("127.0.0.1", host);
    await page.goto(`${url}/sign-in`);
    await page.locator("input[name=email]").fill(email);
    await page.locator("input[name=password]").fill("ssiboard-demo");
    await page.locator("form.form button[type=submit]").click();
    await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
    for (const path of ["/", "/leaderboard", "/log", "/admin", "/settings/tokens"]) {
      await page.goto(`${url}${path}`);
      await page.waitForLoadState("networkidle");
      const w = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      const name = `${host}-${width}-${locale}-${path.replace(/\//g, "_")}.png`;
      await page.screenshot({ path: `/tmp/shots/${name}`, fullPage: false });
      out.push(`${host} ${width} ${locale} ${path} -> ${page.url().replace(url, "")} width ${w[0]}/${w[1]}`);
    }
    if (email.startsWith("rep")) {
      await page.goto(`${url}/log`);
      out.push(`bookmarklet: ${(await page.getByTestId("bookmarklet").getAttribute("href"))?.slice(0, 80)}`);
    }
    out.push(`errors: ${JSON.stringify(errors)}`);
    await ctx.close();
  }
}
const nojs = await browser.newContext({ javaScriptEnabled: false });
const p = await nojs.newPage();
const urls = [];
p.on("request", (r) => urls.push(r.method() + " " + r.url()));
await p.goto(`${base}/sign-in`);
await p.locator("input[name=email]").fill("rep@example.com");
await p.locator("input[name=password]").fill("ssiboard-demo");
await p.locator("form.form button[type=submit]").click();
await p.waitForLoadState();
out.push(`no-js after sign-in: ${p.url()} ${await p.locator("h1").first().textContent()}`);
out.push(`no-js requests with password: ${urls.filter((u) => u.includes("password")).length}`);
await browser.close();
console.log(out.join("\n"));
