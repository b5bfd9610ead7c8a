// Prisma's schema engine, loaded from its WebAssembly build so that migrations
// work without the native binary (which cannot be downloaded offline).
// See shared notes "offline-toolchain": the package's default entry imports a
// .wasm file as an ES module, which Node 20 refuses, so we instantiate it here.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

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

/** Opens a schema engine on a database (it connects at once, even to diff datamodels). */
export async function openSchemaEngine(options: {
  schemaPath: string;
  schemaText: string;
  connectionString: string;
}): Promise<SchemaEngine> {
  await loadWasm();
  const adapter = new PrismaPg({ connectionString: options.connectionString });
  const logs: string[] = [];
  return bg.SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schemaText]] },
    (line: string) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
}
