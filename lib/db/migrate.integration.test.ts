import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, diffToNextMigration, migrationStatus } from "./migrate";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const committed = fs
  .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// The engine runs against a real file, in a folder that does not exist yet.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mock-iam-migrate-"));
const file = path.join(dir, "nested", "test.db");
const url = `file:${file}`;

// Read-only, so a test also fails if the engine's connection still holds its exclusive lock.
function query<T>(sql: string): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("migrations through the wasm schema engine (SQLite)", () => {
  it("reports every committed migration pending on a new database", async () => {
    expect(committed[0]).toMatch(/^\d{14}_init$/);
    expect(await migrationStatus(url)).toEqual({ pending: committed, applied: [] });
  });

  it("applies them and records them in _prisma_migrations as `prisma migrate deploy` does", async () => {
    expect(await applyMigrations(url)).toEqual(committed);

    const rows = query<{ migration_name: string; checksum: string; finished_at: string | null; rolled_back_at: string | null }>(
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

  it("creates the schema's tables", () => {
    const tables = query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(["Account", "User", "MfaDevice"]));
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("shows nothing pending", async () => {
    expect(await migrationStatus(url)).toEqual({ pending: [], applied: committed });
  });

  it("finds no difference between the committed migrations and schema.prisma", async () => {
    expect(await diffToNextMigration(url)).toBe("");
  });
});
