import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_DATABASE, TEST_POSTGRES_URL, testDatabaseName } from "@/test/support/test-db";
import { applyMigrations, committedMigrations, diffToNextMigration, migrationStatus } from "./migrate";
import { createDatabase, dropDatabase, withDatabase, withPgClient } from "@/lib/db/postgres";
import { MIGRATION_DIRS } from "@/lib/db/schemas";

// Runs on the provider of the vitest project: SQLite ("sqlite") or the local PostgreSQL ("postgresql").
const provider = TEST_DATABASE;
const MIGRATIONS_DIR = path.resolve(MIGRATION_DIRS[provider]);
const committed = committedMigrations(provider);

type Scratch = { url: string; query: <T>(sql: string) => Promise<T[]> };
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A database that does not exist yet (SQLite: a file in a folder that does not exist either). */
async function emptyDatabase(): Promise<Scratch> {
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mock-iam-migrate-"));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "nested", "test.db");
    return {
      url: `file:${file}`,
      // Read-only, so a test also fails if the engine's connection still holds its exclusive lock.
      query: async <T,>(sql: string) => {
        const db = new Database(file, { readonly: true, fileMustExist: true });
        try {
          return db.prepare(sql).all() as T[];
        } finally {
          db.close();
        }
      },
    };
  }
  const name = testDatabaseName();
  await createDatabase(TEST_POSTGRES_URL, name);
  cleanups.push(() => dropDatabase(TEST_POSTGRES_URL, name));
  const url = withDatabase(TEST_POSTGRES_URL, name);
  return { url, query: async <T,>(sql: string) => withPgClient(url, async (client) => (await client.query(sql)).rows as T[]) };
}

/** Tables, columns, indexes and constraints: what two databases at the same migration must share. */
async function schemaOf(db: Scratch): Promise<unknown> {
  if (provider === "sqlite") {
    return {
      columns: await db.query(
        `SELECT m.name AS "table", p.name, p.type, p."notnull", p.dflt_value, p.pk
         FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_prisma_migrations' ORDER BY 1, 2`,
      ),
      indexes: await db.query(`SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`),
      foreignKeys: await db.query(
        `SELECT m.name AS "table", f."from", f."table" AS target, f."to", f.on_delete
         FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1, 2`,
      ),
    };
  }
  return {
    columns: await db.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
    ),
    indexes: await db.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 2`),
    constraints: await db.query(
      `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    ),
  };
}

describe(`migrations through the wasm schema engine (${provider})`, () => {
  let fresh: Scratch;

  it("reports every committed migration pending on a new database", async () => {
    expect(committed[0]).toMatch(/^\d{14}_init$/);
    fresh = await emptyDatabase();
    expect(await migrationStatus(fresh.url)).toEqual({ pending: committed, applied: [] });
  });

  it("applies them and records them in _prisma_migrations as `prisma migrate deploy` does", async () => {
    expect(await applyMigrations(fresh.url)).toEqual(committed);

    const rows = await fresh.query<{ migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown }>(
      "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((row) => row.migration_name)).toEqual(committed);
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("creates the schema's tables", async () => {
    const tables = (
      await fresh.query<{ name: string }>(
        provider === "sqlite"
          ? "SELECT name FROM sqlite_master WHERE type = 'table'"
          : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
      )
    ).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(["Account", "User", "MfaDevice", "SignInChallenge", "ConsoleSession"]));
  });

  it.runIf(provider === "sqlite")("leaves a SQLite file in WAL mode, so a commit does not wait for an fsync", async () => {
    expect(await fresh.query<{ journal_mode: string }>("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(fresh.url)).toEqual([]);
  });

  it("shows nothing pending", async () => {
    expect(await migrationStatus(fresh.url)).toEqual({ pending: [], applied: committed });
  });

  it("finds no difference between the committed migrations and the schema", async () => {
    expect(await diffToNextMigration(fresh.url)).toBe("");
  });

  it("brings a database at the previous migration to the latest, to the same schema as a new one", async () => {
    expect(committed.length).toBeGreaterThanOrEqual(2);
    const previous = committed.at(-2)!;
    const last = committed.at(-1)!;
    const upgraded = await emptyDatabase();
    expect(await applyMigrations(upgraded.url, { through: previous })).toEqual(committed.slice(0, -1));
    expect(await migrationStatus(upgraded.url)).toEqual({ pending: [last], applied: committed.slice(0, -1) });

    expect(await applyMigrations(upgraded.url)).toEqual([last]);
    expect(await migrationStatus(upgraded.url)).toEqual({ pending: [], applied: committed });
    expect(await schemaOf(upgraded)).toEqual(await schemaOf(fresh));
  });

  it.runIf(provider === "postgresql")("lets several instances migrate one database at once: each migration applies once", async () => {
    const shared = await emptyDatabase();
    const results = await Promise.all([applyMigrations(shared.url), applyMigrations(shared.url), applyMigrations(shared.url)]);
    expect(results.flat().sort()).toEqual([...committed].sort());
    const rows = await shared.query<{ count: string }>("SELECT count(*) AS count FROM _prisma_migrations");
    expect(Number(rows[0].count)).toBe(committed.length);
  });
});
