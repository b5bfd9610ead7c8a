// Everything a database holds, hashed so that two can be compared: every
// table's rows (all columns), every sequence, and the schema itself (columns,
// constraints, indexes, triggers and whether they are enabled, functions,
// enums). Written apart from the backup code it checks.
import pg from "pg";

export interface DatabaseFingerprint {
  rows: Record<string, { count: number; hash: string }>;
  sequences: Record<string, string>;
  schema: string[];
}

const USER = "n.nspname NOT IN ('information_schema', 'pg_catalog', 'pg_toast') AND n.nspname NOT LIKE 'pg\\_%'";

export async function databaseFingerprint(url: string): Promise<DatabaseFingerprint> {
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC -c extra_float_digits=3" });
  await client.connect();
  try {
    const list = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line);
    const tables = await list(`SELECT format('%I.%I', n.nspname, c.relname) AS line FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER} ORDER BY 1`);
    const rows: DatabaseFingerprint["rows"] = {};
    for (const table of tables) {
      const [row] = (await client.query<{ count: string; hash: string }>(`SELECT count(*) AS count, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash FROM ${table} t`)).rows;
      rows[table] = { count: Number(row?.count), hash: row?.hash ?? "" };
    }
    const sequences: Record<string, string> = {};
    for (const sequence of await list(`SELECT format('%I.%I', n.nspname, c.relname) AS line FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND ${USER} ORDER BY 1`)) {
      const [value] = (await client.query<{ v: string }>(`SELECT last_value || '/' || is_called AS v FROM ${sequence}`)).rows;
      sequences[sequence] = value?.v ?? "";
    }
    const schema = [
      ...(await list(`SELECT format('column %s.%s %s %s %s', a.attrelid::regclass, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)) AS line
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND ${USER}`)),
      ...(await list(`SELECT format('constraint %s %s %s %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid), k.convalidated) AS line FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace WHERE ${USER}`)),
      ...(await list(`SELECT format('index %s', indexdef) AS line FROM pg_indexes WHERE ${USER.replaceAll("n.nspname", "schemaname")}`)),
      ...(await list(`SELECT format('trigger %s %s %s', t.tgrelid::regclass, pg_get_triggerdef(t.oid), t.tgenabled) AS line FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND ${USER}`)),
      ...(await list(`SELECT format('routine %s %s', p.oid::regprocedure, md5(p.prosrc)) AS line FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER}`)),
      ...(await list(`SELECT format('enum %s %s', e.enumtypid::regtype, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)) AS line FROM pg_enum e GROUP BY e.enumtypid`)),
    ].sort();
    return { rows, sequences, schema };
  } finally {
    await client.end();
  }
}
