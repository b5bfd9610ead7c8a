import { defineConfig } from "prisma/config";

// The datasource URL is only needed by commands that reach a database;
// `prisma generate` runs without one on install.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
