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

// Closing this month would refuse the scores other specs log, and a burst of
// big imports holds the company's import lock: these run last, alone.
const CLOSES_MONTHS = ["**/month-closing.spec.ts", "**/imports-load.spec.ts"];

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
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
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: CLOSES_MONTHS },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, grep: /@phone/, testIgnore: CLOSES_MONTHS },
    { name: "closing", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: CLOSES_MONTHS, dependencies: ["desktop", "phone"] },
  ],
});
