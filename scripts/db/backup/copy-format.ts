// The built-in backup format, for machines without PostgreSQL's own tools:
// after the header line, one gzip stream of text lines (README, "Backup and
// restore"):
//   @table {"schema","table","columns","rows"}   then that many rows in COPY's text format
//   @sequences [{"schema","name","lastValue","isCalled"}]
//   @end
// COPY's text format escapes newlines inside values, so a row is one line.
// The schema itself is not in the file: a restore rebuilds it from the
// migrations the header names and from pg-boss's own construction plans.
import { once } from "node:events";
import readline from "node:readline";
import type { Readable, Writable } from "node:stream";
import { createGunzip } from "node:zlib";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { APP_SCHEMA, JOBS_SCHEMA, listForeignKeys, listSequences, listTables, qualified, quoted, tablesWithTriggers, type Sequence, type Table } from "./catalog";

interface Section extends Table {
  rows: number;
}

/** pg-boss's queue list comes first: each queue's partition of the job table is made from it. */
const JOBS_QUEUES = { schema: JOBS_SCHEMA, table: "queue" };
const isQueueList = (t: Table) => t.schema === JOBS_QUEUES.schema && t.table === JOBS_QUEUES.table;
const copyOrder = (tables: Table[]) => [...tables.filter(isQueueList), ...tables.filter((t) => !isQueueList(t))];
const columnList = (t: Table) => t.columns.map(quoted).join(", ");

async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

/**
 * Writes every table and sequence to `out` (the gzip stream), inside the
 * caller's REPEATABLE READ transaction: one snapshot, as pg_dump takes.
 */
export async function dumpWithCopy(client: pg.Client, out: Writable): Promise<{ tables: number; rows: number }> {
  const tables = copyOrder(await listTables(client));
  const foreign = [...new Set(tables.map((t) => t.schema).filter((s) => s !== APP_SCHEMA && s !== JOBS_SCHEMA))];
  if (foreign.length > 0) {
    throw new Error(`The database also holds tables in ${foreign.join(", ")}, which are not SSI Board's: the built-in format cannot rebuild them. Install PostgreSQL's client tools (README, "Backup and restore") or move those tables to another database.`);
  }
  let total = 0;
  for (const table of tables) {
    const [count] = (await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${qualified(table)}`)).rows;
    const section: Section = { ...table, rows: Number(count?.n ?? 0) };
    await write(out, `@table ${JSON.stringify(section)}\n`);
    const copy = client.query(copyTo(`COPY (SELECT ${columnList(table)} FROM ${qualified(table)}) TO STDOUT`));
    for await (const chunk of copy as AsyncIterable<Buffer>) await write(out, chunk);
    total += section.rows;
  }
  await write(out, `@sequences ${JSON.stringify(await listSequences(client))}\n@end\n`);
  return { tables: tables.length, rows: total };
}

/** Reads the lines of the gzip stream one at a time; a damaged stream is an error, never a short read. */
function lineReader(input: Readable): () => Promise<string | undefined> {
  const gunzip = createGunzip();
  input.on("error", (error) => gunzip.destroy(error));
  const lines = readline.createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity })[Symbol.asyncIterator]();
  return async () => {
    const next = await lines.next();
    return next.done ? undefined : next.value;
  };
}

const isZlibError = (error: unknown) => String((error as { code?: unknown }).code ?? "").startsWith("Z_");
const damaged = (what: string) => new Error(`The backup is damaged or cut short (${what}): nothing was restored.`);

function parseSection(json: string, known: Map<string, Table>): Section {
  const section = JSON.parse(json) as Section;
  const target = known.get(qualified(section));
  if (!target) throw new Error(`The backup holds a table ${qualified(section)} that the schema it names does not have: nothing was restored.`);
  return section;
}

/** Streams `rows` lines into one COPY; checks that PostgreSQL stored exactly that many. */
async function copyRows(client: pg.Client, into: string, section: Section, nextLine: () => Promise<string | undefined>): Promise<void> {
  const copy = client.query(copyFrom(`COPY ${into} (${columnList(section)}) FROM STDIN`));
  const finished = new Promise<void>((resolve, reject) => {
    copy.on("finish", resolve);
    copy.on("error", reject);
  });
  try {
    let batch: string[] = [];
    for (let i = 0; i < section.rows; i++) {
      const line = await nextLine();
      if (line === undefined) throw damaged(`${qualified(section)} ends after ${i} of ${section.rows} rows`);
      batch.push(line);
      if (batch.length >= 500) {
        await write(copy, `${batch.join("\n")}\n`);
        batch = [];
      }
    }
    if (batch.length > 0) await write(copy, `${batch.join("\n")}\n`);
  } catch (error) {
    // A COPY left open would hold the connection: PostgreSQL is told it failed.
    copy.destroy(error as Error);
    await finished.catch(() => {});
    throw error;
  }
  copy.end();
  await finished;
  if (copy.rowCount !== section.rows) throw damaged(`${qualified(section)}: ${copy.rowCount} of ${section.rows} rows`);
}

/**
 * pg-boss keeps each queue's jobs in a partition made when the queue is
 * created: the queues are created through pg-boss's own function, then take
 * the backup's rows exactly.
 */
async function restoreQueues(client: pg.Client, section: Section, nextLine: () => Promise<string | undefined>): Promise<void> {
  await client.query(`CREATE TEMP TABLE restored_queue (LIKE ${qualified(JOBS_QUEUES)}) ON COMMIT DROP`);
  await copyRows(client, "restored_queue", section, nextLine);
  await client.query(`SELECT ${JOBS_SCHEMA}.create_queue(name, json_build_object(
      'policy', policy, 'retryLimit', retry_limit, 'retryDelay', retry_delay, 'retryBackoff', retry_backoff,
      'expireInSeconds', expire_seconds, 'retentionMinutes', retention_minutes, 'deadLetter', dead_letter))
    FROM restored_queue`);
  await client.query(`DELETE FROM ${qualified(JOBS_QUEUES)}`);
  await client.query(`INSERT INTO ${qualified(JOBS_QUEUES)} (${columnList(section)}) SELECT ${columnList(section)} FROM restored_queue`);
}

async function restoreSequences(client: pg.Client, sequences: Sequence[]): Promise<void> {
  for (const s of sequences) {
    await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [qualified({ schema: s.schema, table: s.name }), s.lastValue, s.isCalled]);
  }
}

/**
 * Loads the data into a database whose schema the caller has just built, in
 * one transaction: foreign keys are dropped while rows arrive in any order and
 * made again after (so every reference is checked once, at the end), and the
 * tables' own triggers stay quiet (a restored score is not a new event).
 */
export async function loadWithCopy(client: pg.Client, input: Readable): Promise<{ tables: number; rows: number }> {
  const nextLine = lineReader(input);
  const known = new Map((await listTables(client)).map((t) => [qualified(t), t]));
  let tables = 0;
  let rows = 0;
  await client.query("BEGIN");
  try {
    const foreignKeys = await listForeignKeys(client);
    const triggered = await tablesWithTriggers(client);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quoted(fk.name)}`);
    for (const table of triggered) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    // What building the schema wrote (the migration history, pg-boss's version) gives way to the backup's rows.
    if (known.size > 0) await client.query(`TRUNCATE ${[...known.keys()].join(", ")}`);
    for (let line = await nextLine(); line !== "@end"; line = await nextLine()) {
      if (line === undefined) throw damaged("no end mark");
      if (line.startsWith("@table ")) {
        const section = parseSection(line.slice("@table ".length), known);
        if (isQueueList(section)) await restoreQueues(client, section, nextLine);
        else await copyRows(client, qualified(section), section, nextLine);
        tables++;
        rows += section.rows;
      } else if (line.startsWith("@sequences ")) {
        await restoreSequences(client, JSON.parse(line.slice("@sequences ".length)) as Sequence[]);
      } else {
        throw damaged(`an unexpected line after ${tables} tables`);
      }
    }
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quoted(fk.name)} ${fk.definition}`);
    for (const table of triggered) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if (error instanceof SyntaxError) throw damaged("a section header is not readable");
    if (isZlibError(error)) throw damaged("its compressed data does not read to the end");
    throw error;
  }
  return { tables, rows };
}
