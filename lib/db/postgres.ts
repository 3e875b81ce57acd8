// PostgreSQL connection settings and small helpers shared by the app's client, the migration runner,
// the test databases and the deployment scripts. No "server-only": scripts and tests import this module.
import pg from "pg";

/** Connections per process when the URL does not say: enough for one instance on a small machine. */
export const DEFAULT_POOL_SIZE = 5;

export type PostgresSettings = {
  /** The URL without the parameters that are ours rather than libpq's. */
  connectionString: string;
  /** Pool size: `?connection_limit=N` (Prisma's name for it), default DEFAULT_POOL_SIZE. */
  max: number;
  /** `?schema=name` (as Prisma's URLs have it); null for the server's search_path, normally "public". */
  schema: string | null;
};

/** Splits a postgresql:// URL into what pg understands and the Prisma-style extras. */
export function postgresSettings(url: string): PostgresSettings {
  const parsed = new URL(url);
  const limit = parsed.searchParams.get("connection_limit");
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("connection_limit");
  parsed.searchParams.delete("schema");
  const max = limit === null ? DEFAULT_POOL_SIZE : Number(limit);
  if (!Number.isInteger(max) || max < 1 || max > 100) {
    throw new Error(`DATABASE_URL's connection_limit must be a whole number from 1 to 100; got "${limit}".`);
  }
  return { connectionString: parsed.toString(), max, schema: schema || null };
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The database a URL names. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Double-quotes an identifier for SQL that cannot take it as a parameter (CREATE/DROP DATABASE). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs statements on one short-lived connection (to a maintenance database such as `postgres`). */
export async function withPgClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresSettings(url).connectionString });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(maintenanceUrl: string, name: string): Promise<void> {
  await withPgClient(maintenanceUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
}

/** Drops a database even while clients are still connected to it (PostgreSQL 13+). */
export async function dropDatabase(maintenanceUrl: string, name: string): Promise<void> {
  await withPgClient(maintenanceUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
}
