// Migrations through Prisma's WebAssembly schema engine, driven by the app's own driver adapters, because
// the CLI's native engine is downloaded from the internet, and without it `prisma migrate` silently does nothing.
// No "server-only": scripts and tests import this module.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type {
  DiagnoseMigrationHistoryOutput,
  MigrationFile,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from "./url";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

export type MigrationStatus = {
  /** Migrations in prisma/migrations that the database has not applied yet. */
  pending: string[];
  /** Migrations in prisma/migrations that the database records as applied. */
  applied: string[];
  /** Anything `migrate deploy` would refuse or could not explain: failed, edited or unknown migrations. */
  problems?: string;
};

const SCHEMA_FILE = "prisma/schema.prisma";
const MIGRATIONS_DIR = "prisma/migrations";
const LOCKFILE = "migration_lock.toml";
const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * Applies the pending migrations, recording them in `_prisma_migrations` as `prisma migrate deploy` does
 * (creating a SQLite file, and its folder, if missing); returns the names of those it applied.
 */
export async function applyMigrations(url: string): Promise<string[]> {
  const migrationsList = readMigrations(databaseProvider(url));
  const { appliedMigrationNames } = await withEngine(adapterFactory(url), (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return appliedMigrationNames;
}

/** The SQL that takes a database from the committed migrations to schema.prisma; "" when they agree. */
export async function diffToNextMigration(url: string): Promise<string> {
  const provider = databaseProvider(url);
  // The engine connects to the main database at start-up although a diff never reads it; an in-memory
  // one keeps `db:diff` from creating an empty database file.
  const factory = provider === "sqlite" ? sqliteAdapterFactory(":memory:") : adapterFactory(url);
  const { exitCode, stdout } = await withEngine(factory, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...readMigrations(provider) },
      to: { tag: "schemaDatamodel", files: [readSchema()] },
      script: true,
      exitCode: true, // 2 when there is a difference, 0 when there is none
      filters: NO_FILTERS,
    }),
  );
  return exitCode === 2 ? (stdout ?? "") : "";
}

/** Which committed migrations the database has applied, and which are pending. */
export async function migrationStatus(url: string): Promise<MigrationStatus> {
  const migrationsList = readMigrations(databaseProvider(url));
  const names = migrationsList.migrationDirectories.map((directory) => directory.path);
  try {
    const diagnosis = await withEngine(adapterFactory(url), (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS }),
    );
    return summarize(names, diagnosis);
  } catch (error) {
    if (isMissingMigrationsTable(error)) return { pending: names, applied: [] };
    throw error;
  }
}

/** Writes `<timestamp>_<name>/migration.sql` (and the lock file, if missing); returns the migration's name. */
export function writeMigration(url: string, name: string, sql: string): string {
  const directory = migrationsDir();
  const migrationName = `${migrationTimestamp(new Date())}_${migrationSlug(name)}`;
  fs.mkdirSync(directory, { recursive: true });
  fs.mkdirSync(path.join(directory, migrationName)); // fails if it exists, rather than overwrite a migration
  fs.writeFileSync(path.join(directory, migrationName, "migration.sql"), sql);
  const lockfile = path.join(directory, LOCKFILE);
  if (!fs.existsSync(lockfile)) fs.writeFileSync(lockfile, lockfileContent(databaseProvider(url)));
  return migrationName;
}

// --- the engine ---------------------------------------------------------------------------------------

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const opened: SqlDriverAdapter[] = [];
  const bound = bindMigrationAwareSqlAdapterFactory(rememberingConnections(factory, opened));
  const { SchemaEngine } = await loadEngine();
  const schema = readSchema();
  try {
    const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, ignoreLog, bound);
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw engineError(error, bound.errorRegistry);
  } finally {
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

// The wasm-bindgen glue keeps the instance in a module-level variable, so instantiate it once per process.
let engineModule: Promise<EngineModule> | undefined;

function loadEngine(): Promise<EngineModule> {
  return (engineModule ??= instantiateEngine());
}

async function instantiateEngine(): Promise<EngineModule> {
  const glue = createRequire(path.join(process.cwd(), "package.json")).resolve(
    "@prisma/schema-engine-wasm/schema_engine_bg",
  );
  const module: EngineModule = await import(pathToFileURL(glue).href);
  const wasm = await WebAssembly.compile(fs.readFileSync(glue.replace(/\.js$/, ".wasm")));
  const instance = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": module });
  module.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return module;
}

// The engine reports failures by rejecting; its tracing log (JSON lines) adds nothing a user can act on.
function ignoreLog(): void {}

/**
 * The engine's message without its span trace (which only Prisma's developers can use), naming the
 * migration it was applying, with each "External error id#N" explained by the JS error behind it.
 */
function engineError(error: unknown, registry: ErrorRegistry): Error {
  const message = error instanceof Error ? error.message : String(error);
  const traceStart = message.search(/\n\s*0: /);
  let summary = (traceStart < 0 ? message : message.slice(0, traceStart)).trim();
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1];
  if (migration && !summary.includes(migration)) summary = `Migration \`${migration}\`: ${summary}`;
  let cause: unknown = error;
  summary = summary.replace(/External error id#(\d+)/g, (reference, id: string) => {
    const record = registry.consumeError(Number(id));
    if (!record) return reference;
    cause = record.error;
    return `${reference} (${record.error instanceof Error ? `${record.error.name}: ${record.error.message}` : String(record.error)})`;
  });
  return new Error(summary, { cause });
}

// The engine reports a database without `_prisma_migrations` as this error instead of `hasMigrationsTable: false`
// when it runs on a driver adapter.
function isMissingMigrationsTable(error: unknown): boolean {
  return error instanceof Error && error.message.includes("`_prisma_migrations` does not exist");
}

function summarize(names: string[], diagnosis: DiagnoseMigrationHistoryOutput): MigrationStatus {
  const { history, failedMigrationNames: failed, editedMigrationNames: edited } = diagnosis;
  const unapplied = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const unknown = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  const problems = [
    failed.length > 0 && `failed: ${failed.join(", ")}`,
    edited.length > 0 && `edited after being applied: ${edited.join(", ")}`,
    unknown.length > 0 && `applied but missing from ${MIGRATIONS_DIR}: ${unknown.join(", ")}`,
  ].filter((problem): problem is string => Boolean(problem));
  return {
    pending: names.filter((name) => unapplied.includes(name)),
    applied: names.filter((name) => !unapplied.includes(name) && !failed.includes(name)),
    ...(problems.length > 0 && { problems: problems.join("; ") }),
  };
}

// --- driver adapters ----------------------------------------------------------------------------------

function adapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  if (databaseProvider(url) !== "sqlite") throw new Error("Migrations support only SQLite so far.");
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return sqliteAdapterFactory(file);
}

function sqliteAdapterFactory(file: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url: file }, { shadowDatabaseUrl: ":memory:" });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async () => executeRawFallingBackToScript(await factory.connectToShadowDb()),
  };
}

// `diff` replays each migration into the shadow database with a single executeRaw call, and better-sqlite3
// prepares one statement at a time: it refuses any migration with more than one statement.
function executeRawFallingBackToScript(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const multiStatement = error instanceof RangeError && error.message.includes("more than one statement");
      if (!multiStatement || query.args.length > 0) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

// The engine closes the shadow database but never its main connection, which on SQLite keeps an
// EXCLUSIVE lock (it sets `locking_mode=EXCLUSIVE`) until closed: the caller closes what it opened.
function rememberingConnections(
  factory: SqlMigrationAwareDriverAdapterFactory,
  opened: SqlDriverAdapter[],
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

// --- files --------------------------------------------------------------------------------------------

function readSchema(): { path: string; content: string } {
  const file = path.resolve(process.cwd(), SCHEMA_FILE);
  return { path: file, content: fs.readFileSync(file, "utf8") };
}

function migrationsDir(): string {
  return path.resolve(process.cwd(), MIGRATIONS_DIR);
}

/** The migrations folder as the Prisma CLI hands it to the engine, sorted by name. */
function readMigrations(provider: DatabaseProvider): MigrationList {
  const baseDir = migrationsDir();
  const entries = fs.existsSync(baseDir) ? fs.readdirSync(baseDir, { withFileTypes: true }) : [];
  const migrationDirectories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => ({ path: name, migrationFile: { path: "migration.sql", content: readMigrationSql(baseDir, name) } }));
  return {
    baseDir,
    // The engine needs the lock file to know the connector; before the first migration, use the one it will get.
    lockfile: { path: LOCKFILE, content: readOptional(path.join(baseDir, LOCKFILE)) ?? lockfileContent(provider) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

function readMigrationSql(baseDir: string, name: string): MigrationFile["content"] {
  try {
    return { tag: "ok", value: fs.readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") };
  } catch (error) {
    return { tag: "error", value: error instanceof Error ? error.message : String(error) };
  }
}

function readOptional(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}

function lockfileContent(provider: DatabaseProvider): string {
  return [
    "# Please do not edit this file manually",
    "# It should be added in your version-control system (e.g., Git)",
    `provider = "${provider}"`,
    "",
  ].join("\n");
}

/** UTC, as Prisma names migrations: YYYYMMDDHHMMSS. */
function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

/** Lower-case words joined by "_", as `prisma migrate dev --name` makes them. */
function migrationSlug(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 200);
  return slug || "change";
}
