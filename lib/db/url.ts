import path from "node:path";

/** The embedded database used when DATABASE_URL is not set: a file under data/. */
export const DEFAULT_DATABASE_URL = "file:./data/mock-iam.db";

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.split(":")[0]}:…".`,
  );
}

/** The SQLite file a `file:` URL names; relative paths resolve against the current directory, as Prisma's do. */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const file = url.slice("file:".length).split("?")[0];
  return path.resolve(cwd, file);
}
