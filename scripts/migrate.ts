// Migrations through Prisma's WebAssembly schema engine, driven by the app's own driver adapters, because
// the CLI's native engine is downloaded from the internet, and without it `prisma migrate` silently does nothing.
// No "server-only": scripts and tests import this module.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { randomUUID } from "node:crypto";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
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
import Database from "better-sqlite3";
import pg from "pg";
import { postgresSettings, quoteIdentifier, withDatabase } from "../lib/db/postgres";
import { MIGRATION_DIRS, SCHEMA_FILES } from "../lib/db/schemas";
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from "../lib/db/url";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

export type MigrationStatus = {
  /** Committed migrations (prisma/migrations, or prisma/postgresql/migrations) the database has not applied yet. */
  pending: string[];
  /** Committed migrations that the database records as applied. */
  applied: string[];
  /** Anything `migrate deploy` would refuse or could not explain: failed, edited or unknown migrations. */
  problems?: string;
};

const LOCKFILE = "migration_lock.toml";
const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * Applies the pending migrations, recording them in `_prisma_migrations` as `prisma migrate deploy` does
 * (creating a SQLite file, and its folder, if missing); returns the names of those it applied.
 * `through` stops after the named migration (to make a database at an earlier migration, in tests).
 * Safe to run from several instances at once: on PostgreSQL the engine holds an advisory lock while it
 * applies, and the others find nothing left to do.
 */
export async function applyMigrations(url: string, { through }: { through?: string } = {}): Promise<string[]> {
  const provider = databaseProvider(url);
  const migrationsList = readMigrations(provider);
  if (through !== undefined) {
    const index = migrationsList.migrationDirectories.findIndex((directory) => directory.path === through);
    if (index < 0) throw new Error(`No migration named ${through} in ${MIGRATION_DIRS[provider]}.`);
    migrationsList.migrationDirectories = migrationsList.migrationDirectories.slice(0, index + 1);
  }
  const { appliedMigrationNames } = await withEngine(provider, adapterFactory(url), (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  if (provider === "sqlite") useWriteAheadLog(sqliteFilePath(url));
  return appliedMigrationNames;
}

/**
 * Puts a SQLite file in WAL mode, a property of the file that every later connection gets. In the default
 * rollback-journal mode each commit waits for an fsync, and better-sqlite3 waits on the event loop, so
 * one sign-in stalled every other request; in WAL mode better-sqlite3's build makes synchronous=NORMAL
 * the default: commits append to the log, which is synced at checkpoints (a power cut can lose the last
 * commits, never the file). `npm run bench` shows the difference.
 */
function useWriteAheadLog(file: string): void {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

/**
 * The SQL that takes a database from the provider's committed migrations to its schema; "" when they
 * agree. For PostgreSQL, `url` only lends a server on which to create (and drop) a shadow database;
 * its own database is not read.
 */
export async function diffToNextMigration(url: string): Promise<string> {
  const provider = databaseProvider(url);
  // The engine connects to the main database at start-up although a diff never reads it; an in-memory
  // one keeps `db:diff` from creating an empty database file.
  const factory = provider === "sqlite" ? sqliteAdapterFactory(":memory:") : adapterFactory(url);
  const { exitCode, stdout } = await withEngine(provider, factory, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...readMigrations(provider) },
      to: { tag: "schemaDatamodel", files: [readSchema(provider)] },
      script: true,
      exitCode: true, // 2 when there is a difference, 0 when there is none
      filters: NO_FILTERS,
    }),
  );
  return exitCode === 2 ? (stdout ?? "") : "";
}

/** Which committed migrations the database has applied, and which are pending. */
export async function migrationStatus(url: string): Promise<MigrationStatus> {
  const provider = databaseProvider(url);
  const migrationsList = readMigrations(provider);
  const names = migrationsList.migrationDirectories.map((directory) => directory.path);
  try {
    const diagnosis = await withEngine(provider, adapterFactory(url), (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS }),
    );
    return summarize(names, diagnosis);
  } catch (error) {
    if (isMissingMigrationsTable(error)) return { pending: names, applied: [] };
    throw error;
  }
}

/** `<timestamp>_<name>`, as `prisma migrate dev --name` names a migration. */
export function newMigrationName(name: string, now: Date = new Date()): string {
  return `${migrationTimestamp(now)}_${migrationSlug(name)}`;
}

/**
 * Writes `<migrationName>/migration.sql` into the provider's migrations folder (and the lock file, if
 * missing); returns the file's path relative to the project.
 */
export function writeMigration(provider: DatabaseProvider, migrationName: string, sql: string): string {
  const directory = migrationsDir(provider);
  fs.mkdirSync(directory, { recursive: true });
  fs.mkdirSync(path.join(directory, migrationName)); // fails if it exists, rather than overwrite a migration
  fs.writeFileSync(path.join(directory, migrationName, "migration.sql"), sql);
  const lockfile = path.join(directory, LOCKFILE);
  if (!fs.existsSync(lockfile)) fs.writeFileSync(lockfile, lockfileContent(provider));
  return path.join(MIGRATION_DIRS[provider], migrationName, "migration.sql");
}

/** The names of the provider's committed migrations, in the order they apply. */
export function committedMigrations(provider: DatabaseProvider): string[] {
  return readMigrations(provider).migrationDirectories.map((directory) => directory.path);
}

// --- the engine ---------------------------------------------------------------------------------------

async function withEngine<T>(
  provider: DatabaseProvider,
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const opened: SqlDriverAdapter[] = [];
  const bound = bindMigrationAwareSqlAdapterFactory(rememberingConnections(factory, opened));
  const { SchemaEngine } = await loadEngine();
  const schema = readSchema(provider);
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
    unknown.length > 0 && `applied but missing from the migrations folder: ${unknown.join(", ")}`,
  ].filter((problem): problem is string => Boolean(problem));
  return {
    pending: names.filter((name) => unapplied.includes(name)),
    applied: names.filter((name) => !unapplied.includes(name) && !failed.includes(name)),
    ...(problems.length > 0 && { problems: problems.join("; ") }),
  };
}

// --- driver adapters ----------------------------------------------------------------------------------

function adapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  if (databaseProvider(url) === "postgresql") return postgresAdapterFactory(url);
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return sqliteAdapterFactory(file);
}

// PostgreSQL, with two of adapter-pg's bugs worked around (stack-notes):
// - its connectToShadowDb drops the shadow database while its own pool is still connected to it, so the
//   DROP fails; here the pool is closed first, then the database dropped;
// - it cannot read PostgreSQL's internal `"char"` type (OID 18), which the engine's introspection of
//   pg_catalog returns (relkind, contype, ...); here such columns are reported as text, which they are.
// One connection per pool: the engine takes a session-level advisory lock while it applies migrations,
// and that lock only serializes two migrating instances when every statement runs on the locked session.
function postgresAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const { connectionString, schema } = postgresSettings(url);
  const options = { disposeExternalPool: true, ...(schema && { schema }) };
  const connectTo = (target: string) =>
    new PrismaPg(new pg.Pool({ connectionString: target, max: 1, Client: CharAsTextClient }), options).connect();
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(connectionString),
    connectToShadowDb: async () => {
      const shadow = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, "")}`;
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${quoteIdentifier(shadow)}`);
        const adapter = await connectTo(withDatabase(connectionString, shadow));
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          try {
            await dispose();
          } finally {
            await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(shadow)} WITH (FORCE)`).finally(() => admin.end());
          }
        };
        return adapter;
      } catch (error) {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(shadow)} WITH (FORCE)`).catch(() => {});
        await admin.end();
        throw error;
      }
    },
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type FieldsResult = { fields?: { dataTypeID: number }[] } | undefined;

function charAsText<R extends FieldsResult>(result: R): R {
  for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return result;
}

/** A pg client that reports `"char"` columns as text, the only way adapter-pg can read them. */
class CharAsTextClient extends pg.Client {
  // pg's query() has many overloads: the pool calls it with a callback, a client user without one.
  query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: FieldsResult) => callback(error, charAsText(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(charAsText) : result) as never;
  }
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

function readSchema(provider: DatabaseProvider): { path: string; content: string } {
  const file = path.resolve(process.cwd(), SCHEMA_FILES[provider]);
  return { path: file, content: fs.readFileSync(file, "utf8") };
}

function migrationsDir(provider: DatabaseProvider): string {
  return path.resolve(process.cwd(), MIGRATION_DIRS[provider]);
}

/** The migrations folder as the Prisma CLI hands it to the engine, sorted by name. */
function readMigrations(provider: DatabaseProvider): MigrationList {
  const baseDir = migrationsDir(provider);
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
