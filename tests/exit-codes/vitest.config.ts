// The exit-code self-test's fixtures, run with the real suites' set-up.
import { vitestConfig } from "../vitest-config.ts";

export default vitestConfig({
  unit: ["tests/exit-codes/fixtures/*.unit.test.ts"],
  integration: ["tests/exit-codes/fixtures/*.integration.test.ts"],
});
