// What a database holds, read from PostgreSQL's catalog: the schemas, tables,
// columns, sequences and foreign keys a backup copies and a restore rebuilds.
import pg from "pg";

/** Session settings that make COPY's text the same on every server and machine. */
const SESSION = ["TimeZone=UTC", "DateStyle=ISO,YMD", "IntervalStyle=postgres", "extra_float_digits=3", "client_encoding=UTF8", "statement_timeout=0", "idle_in_transaction_session_timeout=0"];

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: "ssi-board-backup", options: SESSION.map((s) => `-c ${s}`).join(" ") });
  client.on("error", () => {}); // a lost connection fails the query in hand
  await client.connect();
  return client;
}

/** The schema SSI Board's migrations make, and the one pg-boss makes for the jobs (platform/jobs/runtime.ts). */
export const APP_SCHEMA = "public";
export const JOBS_SCHEMA = "pgboss";

/** A SQL condition on `n` (pg_namespace): the schemas that are not PostgreSQL's own. */
export const USER_SCHEMAS = `n.nspname NOT IN ('information_schema', 'pg_catalog', 'pg_toast') AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`;

export interface Table {
  schema: string;
  table: string;
  /** Stored columns in order (generated ones are computed again on restore). */
  columns: string[];
}

export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const qualified = (t: { schema: string; table: string }) => `${quoted(t.schema)}.${quoted(t.table)}`;

/** Every table of the database outside the system schemas; a partitioned table once, through its parent. */
export async function listTables(client: pg.Client): Promise<Table[]> {
  const { rows } = await client.query<Table>(`
    SELECT n.nspname AS schema, c.relname AS table,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_SCHEMAS}
    GROUP BY n.nspname, c.relname
    ORDER BY n.nspname, c.relname`);
  return rows;
}

export interface Sequence {
  schema: string;
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export async function listSequences(client: pg.Client): Promise<Sequence[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(`
    SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'S' AND ${USER_SCHEMAS} ORDER BY 1, 2`);
  const sequences: Sequence[] = [];
  for (const { schema, name } of rows) {
    const [value] = (await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${qualified({ schema, table: name })}`)).rows;
    if (value) sequences.push({ schema, name, lastValue: value.last_value, isCalled: value.is_called });
  }
  return sequences;
}

/** The schemas that hold any relation (tables, views, sequences): none means an empty database. */
export async function usedSchemas(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ schema: string }>(`
    SELECT DISTINCT n.nspname AS schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${USER_SCHEMAS} ORDER BY 1`);
  return rows.map((r) => r.schema);
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** The foreign keys declared on tables (not the copies PostgreSQL makes on each partition). */
export async function listForeignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT k.conrelid::regclass::text AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
    FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
    WHERE k.contype = 'f' AND k.conparentid = 0 AND ${USER_SCHEMAS} ORDER BY 1, 2`);
  return rows;
}

/** Tables with triggers of their own (the outbox, the cache counters): quiet while rows are loaded. */
export async function tablesWithTriggers(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table: string }>(`
    SELECT DISTINCT t.tgrelid::regclass::text AS table FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT t.tgisinternal AND ${USER_SCHEMAS} ORDER BY 1`);
  return rows.map((r) => r.table);
}

export interface Migration {
  name: string;
  checksum: string;
}

/** The migrations applied to the database, oldest first; null when it has no SSI Board schema. */
export async function appliedMigrations(client: pg.Client): Promise<Migration[] | null> {
  const exists = await client.query(`SELECT to_regclass('${APP_SCHEMA}._prisma_migrations') IS NOT NULL AS found`);
  if (!exists.rows[0]?.found) return null;
  const { rows } = await client.query<Migration>(
    `SELECT migration_name AS name, checksum FROM ${APP_SCHEMA}._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}

/** pg-boss's schema version in the database, or null when the jobs never started on it. */
export async function jobsSchemaVersion(client: pg.Client): Promise<number | null> {
  const exists = await client.query(`SELECT to_regclass('${JOBS_SCHEMA}.version') IS NOT NULL AS found`);
  if (!exists.rows[0]?.found) return null;
  const { rows } = await client.query<{ version: number }>(`SELECT max(version) AS version FROM ${JOBS_SCHEMA}.version`);
  return rows[0]?.version ?? null;
}

export async function serverVersion(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
  return rows[0]?.server_version ?? "unknown";
}
