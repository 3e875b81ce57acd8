import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";
import type { Db } from "./types";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./url";

export function createDb(url: string = databaseUrl()): Db {
  if (databaseProvider(url) !== "sqlite") {
    throw new Error("Only SQLite is supported so far: set DATABASE_URL to a file: URL.");
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }) });
}

// One client per process, kept on globalThis so dev-mode reloads reuse the connection.
const globalForDb = globalThis as unknown as { mockIamDb?: Db };

export function getDb(): Db {
  return (globalForDb.mockIamDb ??= createDb());
}
