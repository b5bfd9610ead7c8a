import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations";
import { createDb } from "../lib/db/connect";
import { seedDemoData } from "../prisma/seed/seed";
const server = await startEmbeddedPostgres({ dataDir: "/tmp/perfpg", port: 54400, persistent: true });
await server.createDatabase("perf");
const url = server.url("perf");
await applyMigrations(url);
const db = createDb(url);
if ((await db.user.count()) === 0) {
  const t = Date.now();
  await seedDemoData(db, { repCount: 5000, monthCount: 36, lastMonth: "2026-11" });
  console.log("seeded", Date.now() - t);
}
await db.$disconnect();
console.log(url);
setInterval(() => {}, 1 << 30);
