// Points the app's database module at this run's scratch database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
