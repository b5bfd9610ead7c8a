// The Vitest configuration, built from the test files it runs, so that the
// exit-code self-test (tests/exit-codes) runs its fixtures through exactly the
// set-up that the real suites use.
import path from "node:path";
import { defineConfig } from "vitest/config";

// A zone far from UTC: code that reads months in local time fails here.
process.env.TZ = "Pacific/Kiritimati";

const root = path.resolve(import.meta.dirname, "..");

/** The suites' configuration; without `integration` globs, no database is started. */
export function vitestConfig(include: { unit: string[]; integration?: string[] }) {
  const integration = include.integration ?? [];
  return defineConfig({
    root,
    resolve: {
      alias: {
        // Server modules guard against client bundles with `server-only`;
        // under Node (tests) that guard has nothing to protect.
        "server-only": path.join(root, "tests/helpers/server-only.ts"),
        // As tsconfig.json's paths: route handlers import "@/platform/…".
        "@": root,
      },
    },
    test: {
      projects: [
        // Property tests run thousands of cases: on two busy cores they outgrow Vitest's 5 s default.
        { extends: true, test: { name: "unit", include: include.unit, setupFiles: [path.join(root, "tests/helpers/property-seed.ts")], testTimeout: 30_000 } },
        ...(integration.length === 0 ? [] : [{
          extends: true as const,
          test: {
            name: "integration",
            include: integration,
            globalSetup: [path.join(root, "tests/integration/global-setup.ts")],
            setupFiles: [path.join(root, "tests/integration/setup.ts")],
            // One database per run: files share it, so they run one at a time.
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        }]),
      ],
      // The app's log lines would bury the reporter's: the logger's own tests make a logger of their own.
      env: { TZ: "Pacific/Kiritimati", LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
      allowOnly: false,
    },
  });
}
