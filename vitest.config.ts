import path from "node:path";
import { defineConfig } from "vitest/config";

// A zone far from UTC: code that reads months in local time fails here.
process.env.TZ = "Pacific/Kiritimati";

export default defineConfig({
  resolve: {
    alias: {
      // Server modules guard against client bundles with `server-only`;
      // under Node (tests) that guard has nothing to protect.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // One database per run: files share it, so they run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
    env: { TZ: "Pacific/Kiritimati" },
    allowOnly: false,
  },
});
