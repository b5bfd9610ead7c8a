// `npm run test:exit-codes`: proves that a red test turns our commands red.
//
// Each runner of `npm test` (through its npm script, with the real suites'
// set-up) runs a fixture that passes and must exit 0, then one that fails on
// purpose and must exit non-zero. The fixtures live outside the normal test
// globs. This is a plain script with an explicit exit code, not a test inside
// a runner: a runner that wrongly exits 0 could not report its own fault.
// The database scripts must also fail loudly when their database is not there.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../scripts/db/embedded-postgres";

const root = path.resolve(import.meta.dirname, "../..");
const vitestFixtures = ["--", "--config", "tests/exit-codes/vitest.config.ts"];
const e2eFixtures = ["--", "--config", "tests/exit-codes/playwright.config.ts"];

interface Case {
  name: string;
  args: string[];
  expect: "zero" | "non-zero";
  env?: Record<string, string>;
}

function runNpm(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", ...args], { cwd: root, env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += String(chunk)));
    child.stderr.on("data", (chunk) => (output += String(chunk)));
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 128 : 0), output }));
  });
}

async function cases(): Promise<Case[]> {
  const nowhere = `postgresql://nobody:none@127.0.0.1:${await freePort()}/none`;
  // The end-to-end runner reuses the build that `npm run test:e2e` just made.
  const e2eEnv: Record<string, string> = existsSync(path.join(root, ".next/BUILD_ID")) ? { E2E_SKIP_BUILD: "1" } : {};
  return [
    { name: "unit tests pass", args: ["test:unit", ...vitestFixtures, "--project", "unit", "passing"], expect: "zero" },
    { name: "unit test fails", args: ["test:unit", ...vitestFixtures, "--project", "unit", "failing"], expect: "non-zero" },
    { name: "integration tests pass", args: ["test:unit", ...vitestFixtures, "--project", "integration", "passing"], expect: "zero" },
    { name: "integration test fails", args: ["test:unit", ...vitestFixtures, "--project", "integration", "failing"], expect: "non-zero" },
    { name: "end-to-end tests pass", args: ["test:e2e", ...e2eFixtures, "passing"], expect: "zero", env: e2eEnv },
    { name: "end-to-end test fails", args: ["test:e2e", ...e2eFixtures, "failing"], expect: "non-zero", env: e2eEnv },
    { name: "db:migrate without a database", args: ["db:migrate"], expect: "non-zero", env: { DATABASE_URL: nowhere } },
    { name: "db:seed without a database", args: ["db:seed"], expect: "non-zero", env: { DATABASE_URL: nowhere } },
    { name: "dev without a database", args: ["dev"], expect: "non-zero", env: { DATABASE_URL: nowhere } },
    { name: "start without a database", args: ["start"], expect: "non-zero", env: { DATABASE_URL: nowhere, PORT: "0" } },
    { name: "bench with a bad option", args: ["bench", "--", "--reps", "none"], expect: "non-zero" },
    // The JavaScript budget, on the build test:e2e made: within its budget, then held to 1 KB.
    { name: "JavaScript within its budget", args: ["test:budget"], expect: "zero" },
    { name: "JavaScript over a budget", args: ["test:budget", "--", "--budget-kb", "1"], expect: "non-zero" },
  ];
}

async function main(): Promise<number> {
  let failed = 0;
  let passed = 0;
  for (const item of await cases()) {
    const { code, output } = await runNpm(item.args, item.env);
    // A fixture must fail because of its test, not because its runner broke.
    const ok = item.expect === "zero" ? code === 0 : code !== 0 && (!item.args.includes("failing") || output.includes("fails on purpose"));
    console.log(`${ok ? "ok  " : "FAIL"} ${item.name}: exit ${code} (expected ${item.expect})`);
    if (ok) passed++;
    else {
      failed++;
      console.log(output.split("\n").slice(-30).join("\n"));
    }
  }
  console.log(`exit codes: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
