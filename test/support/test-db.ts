import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { applyMigrations } from "@/scripts/migrate";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/postgres";
import type { Db } from "@/lib/db/types";
import type { DatabaseProvider } from "@/lib/db/url";

/**
 * Which database the integration tests run on: SQLite by default, PostgreSQL when TEST_DATABASE is
 * "postgresql" (the vitest project "postgresql" sets it; `npm test` runs both).
 */
export const TEST_DATABASE: DatabaseProvider = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";

/**
 * The PostgreSQL server for tests, as a URL to a database that may be connected to while others are
 * created and dropped: the local one, as on CI, unless TEST_POSTGRES_URL says otherwise.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

/** Connections per test database: small, as on a two-core machine, and enough for the concurrency tests. */
const TEST_POOL_SIZE = 4;

/** Every test database's name starts with this; test/support/postgres-setup.ts sweeps orphans. */
export const TEST_DATABASE_PREFIX = "mock_iam_test_";

export type TestDb = { db: Db; url: string; provider: DatabaseProvider; close: () => Promise<void> };

/**
 * A real, empty database at the latest migration, removed by `close`: a SQLite file in a temporary
 * folder, or a uniquely named PostgreSQL database (created on TEST_POSTGRES_URL's server, dropped on close).
 */
export async function createTestDb(provider: DatabaseProvider = TEST_DATABASE): Promise<TestDb> {
  return provider === "postgresql" ? createPostgresTestDb() : createSqliteTestDb();
}

async function createSqliteTestDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mock-iam-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  await applyMigrations(url);
  const db = createDb(url);
  return {
    db,
    url,
    provider: "sqlite",
    close: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A name unique across the machine's concurrent runs: the process id and random bytes. */
export function testDatabaseName(): string {
  return `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(4).toString("hex")}`;
}

async function createPostgresTestDb(): Promise<TestDb> {
  const name = testDatabaseName();
  await createDatabase(TEST_POSTGRES_URL, name);
  const base = new URL(withDatabase(TEST_POSTGRES_URL, name));
  base.searchParams.set("connection_limit", String(TEST_POOL_SIZE));
  const url = base.toString();
  let db: Db | undefined;
  try {
    await applyMigrations(url);
    db = createDb(url);
  } catch (error) {
    await dropDatabase(TEST_POSTGRES_URL, name);
    throw error;
  }
  const client = db;
  return {
    db: client,
    url,
    provider: "postgresql",
    close: async () => {
      await client.$disconnect();
      await dropDatabase(TEST_POSTGRES_URL, name);
    },
  };
}

export const TEST_CONTEXT = { sourceIp: "203.0.113.7", userAgent: "vitest" } as const;
