import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { Prisma } from "./generated/client";
import { preparedQuery } from "./prepared";

type Versions = { people: bigint; scores: bigint };
// `writing`: inside a command, where every read must see the command's own writes.
type Scope = { versions?: Promise<Versions>; writing?: boolean };

// React's cache() holds a value for one render of a page; a route handler
// has no render, so the API's wrapper (apiRoute) opens a scope of its own.
const requestScope = new AsyncLocalStorage<Scope>();
const renderScope = cache((): Scope => ({}));

/** Runs a route handler in a scope where the cache counters are read once. */
export function inRequestScope<T>(handler: () => Promise<T>): Promise<T> {
  return requestScope.run({}, handler);
}

/**
 * The cache counters (see the migration `cache_versions`): PostgreSQL moves
 * "people" at the commit of any change to people, teams or settings, and
 * "scores" at the commit of any change to scores or incentives. Read once per
 * request, in one query, or given by the request's first statement
 * (`versionColumns`).
 */
export function dataVersions(): Promise<Versions> {
  const scope = currentScope();
  if (scope.writing) return readVersions();
  scope.versions ??= readVersions();
  return scope.versions;
}

/**
 * The counters as two text columns, "peopleVersion" and "scoresVersion", for
 * the statement that checks a request's token or session: the request's one
 * round trip then also tells every cache whether it is current (a board
 * served from the cache costs that one statement, as the health check does).
 */
export const versionColumns = Prisma.sql`
  (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "PeopleVersion")::text AS "peopleVersion",
  (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "ScoreVersion")::text AS "scoresVersion"`;

/**
 * Runs a command (a write and what it reads back) where the counters are read
 * afresh at every use, then forgets the request's counters: they were read
 * before the write (often by the session check), and what the command and the
 * rest of the request read must include it. Without this, a team just created
 * was looked up in the list cached before it existed.
 */
export async function writingScope<T>(command: () => Promise<T>): Promise<T> {
  const outer = currentScope();
  try {
    return await requestScope.run({ writing: true }, command);
  } finally {
    outer.versions = undefined;
  }
}

function currentScope(): Scope {
  return requestScope.getStore() ?? renderScope();
}

/** Keeps the counters a request's first statement read (`versionColumns`) as this request's. */
export function knownVersions(row: { peopleVersion: string; scoresVersion: string }): void {
  const scope = currentScope();
  if (scope.writing) return;
  scope.versions ??= Promise.resolve({ people: BigInt(row.peopleVersion), scores: BigInt(row.scoresVersion) });
}

async function readVersions(): Promise<Versions> {
  const [row] = await preparedQuery<{ peopleVersion: string; scoresVersion: string }>(Prisma.sql`SELECT ${versionColumns}`);
  return { people: BigInt(row?.peopleVersion ?? 0), scores: BigInt(row?.scoresVersion ?? 0) };
}

/** What a cached value is computed from. */
export type CacheSource = "people" | "people+scores";

/**
 * How old a value may grow before it is computed again even though its
 * counters have not moved: a safety net, should a change ever reach the
 * tables without moving them (an administrator's hand-written SQL on a table
 * without the trigger). The old value is served meanwhile.
 */
const MAX_AGE_MS = 60_000;
/** Values kept per process; the oldest go first. */
const MAX_ENTRIES = 1000;

type Entry = { version: string; at: number; value: Promise<unknown>; refreshing?: boolean };
const globalForCache = globalThis as unknown as { ssiBoardVersioned?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  globalForCache.ssiBoardVersioned ??= new Map();
  return globalForCache.ssiBoardVersioned;
}

/**
 * `compute()`, kept in this process under `key` until the counters of
 * `source` move: the company's incentive standings, its teams and its
 * settings are computed once per change rather than once per request.
 * Requests that arrive while it is being computed share that one
 * computation; a computation that fails is not kept.
 */
export async function versioned<T>(key: string, source: CacheSource, compute: () => Promise<T>): Promise<T> {
  const versions = await dataVersions();
  const version = source === "people" ? String(versions.people) : `${versions.people}:${versions.scores}`;
  const cached = entries().get(key);
  if (cached && cached.version === version) {
    // Old but unchanged: served while it is computed again behind it, so
    // the safety net never makes a reader wait.
    if (Date.now() - cached.at >= MAX_AGE_MS && !cached.refreshing) {
      cached.refreshing = true;
      compute().then(
        (value) => {
          if (entries().get(key) === cached) entries().set(key, { version, at: Date.now(), value: Promise.resolve(value) });
        },
        () => {
          cached.refreshing = false;
        },
      );
    }
    return cached.value as Promise<T>;
  }
  return refresh(key, version, compute);
}

function refresh<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
  const value = compute();
  const entry: Entry = { version, at: Date.now(), value };
  entries().delete(key);
  entries().set(key, entry);
  if (entries().size > MAX_ENTRIES) entries().delete(entries().keys().next().value as string);
  value.catch(() => {
    if (entries().get(key) === entry) entries().delete(key);
  });
  return value;
}
