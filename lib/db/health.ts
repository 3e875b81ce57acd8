// The readiness check behind GET /api/health: the database answers, and every committed migration of
// its provider is recorded as applied. No "server-only": the integration tests import it.
import fs from "node:fs";
import path from "node:path";
import { MIGRATION_DIRS } from "./schemas";
import type { Db } from "./types";
import type { DatabaseProvider } from "./url";

export type Health =
  | { status: "ok"; database: "ok"; migrations: "applied" }
  | { status: "error"; database: "unreachable"; migrations: "unknown" }
  | { status: "error"; database: "ok"; migrations: "pending"; pending: string[] };

/** The migration folders the build ships (prisma/migrations or prisma/postgresql/migrations), by name. */
export function shippedMigrations(provider: DatabaseProvider, cwd: string = process.cwd()): string[] {
  // turbopackIgnore: without it the build's file tracing copies the whole project into the standalone
  // output; the Dockerfile copies the migration folders itself.
  const dir = path.resolve(/* turbopackIgnore: true */ cwd, MIGRATION_DIRS[provider]);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

class Timeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Whether the database answers (within `timeoutMs`) and has applied every migration in `expected`.
 * `problem` carries the underlying error for the log, never for the response.
 */
export async function checkHealth(
  db: Db,
  expected: string[],
  { timeoutMs = 3_000 }: { timeoutMs?: number } = {},
): Promise<{ health: Health; problem?: unknown }> {
  try {
    await within(db.$queryRawUnsafe("SELECT 1"), timeoutMs);
  } catch (problem) {
    return { health: { status: "error", database: "unreachable", migrations: "unknown" }, problem };
  }
  let applied: Set<string>;
  try {
    const rows = await within(
      db.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
      ),
      timeoutMs,
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (problem) {
    if (problem instanceof Timeout) return { health: { status: "error", database: "unreachable", migrations: "unknown" }, problem };
    // No _prisma_migrations table: nothing applied yet.
    return { health: { status: "error", database: "ok", migrations: "pending", pending: expected }, problem };
  }
  const pending = expected.filter((name) => !applied.has(name));
  if (pending.length > 0) return { health: { status: "error", database: "ok", migrations: "pending", pending } };
  return { health: { status: "ok", database: "ok", migrations: "applied" } };
}
