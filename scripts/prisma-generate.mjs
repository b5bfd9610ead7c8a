// Runs `prisma generate` on install without network access. The Prisma CLI
// downloads its native schema engine before any command unless
// PRISMA_SCHEMA_ENGINE_BINARY names an executable; generate never uses that
// engine, so a stub that explains itself is enough.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const stub = fileURLToPath(new URL("./schema-engine-offline.sh", import.meta.url));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
