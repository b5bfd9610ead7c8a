// Mutation testing runs the unit tests only: the rule modules it mutates are
// pure, and a database per mutant would make `npm run mutate` take hours.
import { vitestConfig } from "../vitest-config.ts";

export default vitestConfig({
  unit: ["platform/**/*.test.ts", "features/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
});
