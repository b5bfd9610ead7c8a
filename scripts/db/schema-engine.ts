// Prisma's schema engine, loaded from its WebAssembly build so that migrations
// work without the native binary (which cannot be downloaded offline).
// See shared notes "offline-toolchain": the package's default entry imports a
// .wasm file as an ES module, which Node 20 refuses, so we instantiate it here.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type SchemaEngine = bg.SchemaEngine;

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(bgPath.replace(/\.js$/, ".wasm"));
    const compiled = new WebAssembly.Module(bytes);
    const instance = new WebAssembly.Instance(compiled, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

/**
 * The adapter with one change: a migration script goes to PostgreSQL whole.
 * adapter-pg 7.10 cuts scripts at every ";", which breaks a function body
 * (the `data_version` migration's trigger); PostgreSQL runs a multi-statement
 * script itself, as `prisma migrate deploy` with the native engine has it do.
 */
function wholeScripts(factory: PrismaPg, pool: pg.Pool): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  };
  return factory;
}

/**
 * Runs `work` with a schema engine on a database (the engine connects at
 * once, even to diff datamodels), then frees the engine and closes its pool:
 * an open pool would keep holding migrate's advisory lock.
 */
export async function withSchemaEngine<T>(
  options: { schemaPath: string; schemaText: string; connectionString: string },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 2 });
  pool.on("error", () => {}); // a dropped idle connection must not crash the process
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(wholeScripts(new PrismaPg(pool), pool)),
  ).catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}
