import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "./generated/sqlite/client";
import { postgresSettings } from "./postgres";
import { disconnectOnShutdown } from "./shutdown";
import type { Db } from "./types";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./url";

/**
 * A Prisma client for `url`: SQLite through better-sqlite3 for a `file:` URL, PostgreSQL through
 * adapter-pg for a `postgresql://` one. Both clients are generated from one data model and have the same
 * API, so the PostgreSQL one is handed out as `Db` (the SQLite client's type): no caller knows which.
 */
export function createDb(url: string = databaseUrl()): Db {
  if (databaseProvider(url) === "postgresql") {
    const { connectionString, max, schema } = postgresSettings(url);
    const adapter = new PrismaPg(
      // Idle connections are closed after 30 s; a connection attempt gives up after 10 s.
      { connectionString, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 },
      schema ? { schema } : undefined,
    );
    return new PostgresPrismaClient({ adapter }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new SqlitePrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }) });
}

// One client per process, kept on globalThis so dev-mode reloads reuse the connection.
const globalForDb = globalThis as unknown as { mockIamDb?: Db };

export function getDb(): Db {
  if (!globalForDb.mockIamDb) {
    globalForDb.mockIamDb = createDb();
    disconnectOnShutdown(globalForDb.mockIamDb);
  }
  return globalForDb.mockIamDb;
}
