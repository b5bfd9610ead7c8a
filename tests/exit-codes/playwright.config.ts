// The exit-code self-test's end-to-end fixtures, run with the real suite's
// configuration and through its runner (tests/e2e/run.ts).
import { defineConfig } from "@playwright/test";
import config from "../../playwright.config";

export default defineConfig({ ...config, testDir: "fixtures", testMatch: "*.spec.ts" });
