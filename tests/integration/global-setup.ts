// Gives the integration tests a migrated database of their own for the run.
import type { TestProject } from "vitest/node";
import { createScratchDatabase } from "../../scripts/db/scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createScratchDatabase();
  project.provide("databaseUrl", database.url);
  return () => database.teardown();
}
