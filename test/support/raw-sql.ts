// Raw SQL in integration tests, the same on SQLite and PostgreSQL: write `?` placeholders (SQLite's);
// on PostgreSQL they become $1, $2, ... Identifiers are double-quoted on both.
import type { TestDb } from "./test-db";

type RawCapable = Pick<TestDb, "db" | "provider">;

/** `?` → `$n` for PostgreSQL (outside quoted strings and identifiers); SQLite's SQL as it is. */
export function placeholders(sql: string, provider: TestDb["provider"]): string {
  if (provider === "sqlite") return sql;
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (match) => (match === "?" ? `$${++n}` : match));
}

/** Rows of a raw query, `?` placeholders on both providers. */
export function queryRaw<T = Record<string, unknown>>(t: RawCapable, sql: string, ...params: unknown[]): Promise<T[]> {
  return t.db.$queryRawUnsafe<T[]>(placeholders(sql, t.provider), ...params);
}

/** The application's tables (Prisma's `_prisma_migrations` included), by name. */
export async function tableNames(t: RawCapable): Promise<string[]> {
  const sql =
    t.provider === "sqlite"
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
      : "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()";
  const rows = await t.db.$queryRawUnsafe<{ name: string }[]>(sql);
  return rows.map((row) => row.name).sort();
}

/** Every row of every table, serialised to one string: for tests that prove a secret is stored nowhere. */
export async function dumpAllRows(t: RawCapable): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const name of await tableNames(t)) {
    dump[name] = await t.db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name.replaceAll('"', '""')}"`);
  }
  return JSON.stringify(dump, (_key, value: unknown) =>
    typeof value === "bigint" ? value.toString() : value instanceof Uint8Array ? Buffer.from(value).toString("latin1") : value,
  );
}
