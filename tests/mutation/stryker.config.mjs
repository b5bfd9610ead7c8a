// `npm run mutate`: StrykerJS on the pure rule modules, to measure how many
// deliberate bugs (mutants) the unit tests catch. Slow, so not in `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "tests/mutation/vitest.config.ts", related: true },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "lib/leaderboard/rank.ts",
    "lib/leaderboard/board.ts",
    "lib/leaderboard/board-query.ts",
    "lib/leaderboard/pages.ts",
    "lib/leaderboard/scope.ts",
    "lib/leaderboard/trend.ts",
    "lib/auth/permissions.ts",
    "lib/ssi/score.ts",
    "lib/ssi/schema.ts",
    "lib/ssi/decimal.ts",
    "lib/ssi/paste/*.ts",
    "!lib/ssi/paste/*.test.ts",
    "lib/ssi/goals.ts",
    "lib/ssi/flags.ts",
    "lib/month.ts",
    "lib/incentives/challenges.ts",
    "lib/incentives/team-challenges.ts",
    "lib/incentives/measures.ts",
    "lib/incentives/tiers.ts",
    "lib/incentives/standings.ts",
    "lib/incentives/payouts.ts",
    "lib/incentives/money.ts",
    "lib/incentives/schema.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
