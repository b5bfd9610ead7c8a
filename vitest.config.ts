import { vitestConfig } from "./tests/vitest-config.ts";

export default vitestConfig({
  unit: ["tests/layering/**/*.test.ts", "tests/reference/**/*.test.ts", "platform/**/*.test.ts", "features/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
  integration: ["tests/integration/**/*.test.ts"],
});
