// What "nothing changed" means for a spec on a database of its own: every
// table's rows and every sequence, hashed per table, so that a failure names
// the tables that moved. Left out: the sign-in counters (an attempt is
// counted whatever its outcome), a token's last use (a refused request
// still used the token), a session's last sight (any request of a signed-in
// browser moves it), the security events (a refusal is one: it is recorded
// on purpose), and the notification jobs' own bookkeeping, which
// runs in the background after an earlier allowed write: the messages made
// from the outbox and the outbox events' "processed" marks. A refused
// request that wrote an outbox event is still seen (its row and sequence).
import type { Db } from "../../../platform/db/connect";

/** Installs the fingerprint function in the spec's own database (never the app's real one). */
export async function installFingerprint(db: Db): Promise<void> {
  await db.$executeRaw`
    CREATE OR REPLACE FUNCTION test_fingerprint() RETURNS jsonb LANGUAGE plpgsql AS $fn$
    DECLARE
      relation record;
      part text;
      result jsonb := '{}';
    BEGIN
      FOR relation IN
        SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') AND left(c.relname, 1) <> '_' AND c.relname NOT IN ('SignInThrottle', 'ApiRateWindow', 'Notification', 'WebhookDelivery')
      LOOP
        IF relation.relkind = 'S' THEN
          EXECUTE format('SELECT last_value::text FROM %I', relation.relname) INTO part;
        ELSE
          EXECUTE format(
            'SELECT md5(coalesce(string_agg(row, %L ORDER BY row), %L)) FROM (SELECT (to_jsonb(t) - %L - %L - %L - %L)::text AS row FROM %I t WHERE coalesce(to_jsonb(t)->>%L, %L) NOT LIKE %L) rows',
            ',', '', 'lastUsedAt', 'processedAt', 'error', 'lastSeenAt', relation.relname, 'kind', '', 'security.%'
          ) INTO part;
        END IF;
        result := result || jsonb_build_object(relation.relname, part);
      END LOOP;
      RETURN result;
    END $fn$`;
}

export type Fingerprint = Record<string, string>;

/** Every table's hash and every sequence's value, by name. */
export async function fingerprint(db: Db): Promise<Fingerprint> {
  const [row] = await db.$queryRaw<{ print: Fingerprint }[]>`SELECT test_fingerprint() AS print`;
  if (!row) throw new Error("test_fingerprint() returned nothing");
  return row.print;
}

/** The names of the tables and sequences that differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
}
