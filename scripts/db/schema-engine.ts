// Prisma's schema engine, compiled to WebAssembly, driven over the pg driver adapter. The Prisma
// CLI would download a native engine at run time, which this project cannot rely on (offline
// machines, locked-down CI); the wasm build ships inside an npm package and needs no download.
// @prisma/schema-engine-wasm is not a supported public API: its version is pinned in package.json.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine, SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { MigrationAdapterFactory } from "./migration-adapter";

// (import.meta.dirname would need Node 20.11; package.json allows 20.9.)
export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma/migrations");
export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

/** Where the wasm module reports a Rust panic before it aborts (Prisma's CLI defines the same). */
const panicRegistry = {
  message: "",
  get(): string {
    return this.message;
  },
  set_message(message: string): void {
    this.message = `RuntimeError: ${message}`;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

/** The package's own entry imports the .wasm file as an ES module, which Node 20 cannot do. */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const imports = { "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), imports);
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

export async function readSchema(schemaPath = SCHEMA_PATH): Promise<SchemasContainer> {
  return { files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] };
}

/** The migrations folder in the shape the engine expects: what Prisma's CLI reads, in its order. */
export async function readMigrations(baseDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockfileContent = await readFile(path.join(baseDir, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    directories.map(async (name) => {
      const content = await readFile(path.join(baseDir, name, "migration.sql"), "utf8")
        .then((value) => ({ tag: "ok" as const, value }))
        .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  return { baseDir, lockfile: { path: "migration_lock.toml", content: lockfileContent }, shadowDbInitScript: "", migrationDirectories };
}

/**
 * Runs `work` with an engine connected to `connectionString` (it connects at once, so the
 * database must exist), then frees the engine and closes every pool it opened.
 */
export async function withSchemaEngine<T>(
  connectionString: string,
  work: (engine: SchemaEngine) => Promise<T>,
  options: { log?: (line: string) => void } = {},
): Promise<T> {
  await loadWasm();
  const schema = await readSchema();
  const factory = new MigrationAdapterFactory(connectionString);
  const log = options.log ?? (() => {});
  const engine = await wasmBindings.SchemaEngine.new(
    { datamodels: schema.files.map((file) => [file.path, file.content] as [string, string]) },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await factory.closeAll();
  }
}
