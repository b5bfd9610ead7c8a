// Where the embedded database of `npm start` / `npm run dev` keeps its data,
// shared by the app's launcher and the database commands (backup, restore).
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
// SSI_DATA_DIR: another folder for the embedded database and the secret (a second demo, or a test).
export const DATA = path.resolve(ROOT, process.env.SSI_DATA_DIR ?? ".data");
export const PG_DATA = path.join(DATA, "postgres");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const EMBEDDED_DATABASE = "ssiboard";
