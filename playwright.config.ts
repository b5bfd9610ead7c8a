import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./tests/e2e/chromium";

// Run through `npm run test:e2e`, which builds and starts the app on a
// database of its own and passes its address in E2E_BASE_URL.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

const launchOptions = {
  executablePath: chromiumPath(),
  // Root needs --no-sandbox; the rest keeps Chromium off the closed network.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

// Run last, after the others: closing this month would refuse the scores
// other specs log, a burst of big imports holds the company's import lock,
// and the fuzz keeps an app and a database of its own busy for minutes, which
// starved the pages of the specs running beside it into their timeouts. One at
// a time, too: the imports' health check beside the fuzz's app waited over a
// second for a core (a CI failure).
const RUNS_LAST = ["**/month-closing.spec.ts", "**/imports-load.spec.ts", "**/api-fuzz.spec.ts"];

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A safety net for a hang, not a measure of speed (that is `npm run bench`):
  // a flow with two sign-ins and three accessibility scans takes about 25 s
  // on two cores shared with the app, its database and two browsers.
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    // A browser west of UTC while the server runs east of it.
    timezoneId: "America/Los_Angeles",
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: RUNS_LAST },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, grep: /@phone/, testIgnore: RUNS_LAST },
    { name: "last", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: RUNS_LAST, dependencies: ["desktop", "phone"], workers: 1 },
  ],
});
