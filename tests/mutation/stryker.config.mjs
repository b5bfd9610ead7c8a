// `npm run mutate`: StrykerJS on the pure rule modules, to measure how many
// deliberate bugs (mutants) the unit tests catch. Slow, so not in `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "tests/mutation/vitest.config.ts", related: true },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "features/scores/rank.ts",
    "features/board/entries.ts",
    "features/board/query-string.ts",
    "features/board/page-numbers.ts",
    "features/board/scope.ts",
    "features/scores/trend.ts",
    "platform/auth/permissions.ts",
    "features/scores/score.ts",
    "features/scores/schema.ts",
    "platform/numbers/decimal.ts",
    "features/scores/paste/*.ts",
    "!features/scores/paste/*.test.ts",
    "features/scores/goals.ts",
    "features/scores/flags.ts",
    "platform/time/month.ts",
    "features/incentives/challenges.ts",
    "features/incentives/team-challenges.ts",
    "features/incentives/measures.ts",
    "features/incentives/tiers.ts",
    "features/incentives/standings.ts",
    "features/incentives/payouts.ts",
    "features/incentives/money.ts",
    "features/incentives/schema.ts",
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
