// The schema and migrations of each provider. prisma/schema.prisma (SQLite) is the one that is edited;
// the PostgreSQL schema is generated from it by scripts/db-schemas.ts. No "server-only": scripts import it.
import type { DatabaseProvider } from "./url";

export const SCHEMA_FILES: Record<DatabaseProvider, string> = {
  sqlite: "prisma/schema.prisma",
  postgresql: "prisma/postgresql/schema.prisma",
};

export const MIGRATION_DIRS: Record<DatabaseProvider, string> = {
  sqlite: "prisma/migrations",
  postgresql: "prisma/postgresql/migrations",
};

const GENERATED_NOTICE = [
  "// GENERATED from prisma/schema.prisma by scripts/db-schemas.ts (npm run db:schemas): do not edit.",
  "// Only the datasource provider and the client's output folder differ.",
  "",
].join("\n");

/**
 * The PostgreSQL schema for a SQLite schema text: the same models, `provider = "postgresql"`, and the
 * generated client in lib/db/generated/postgresql. Throws if the source no longer has the lines it swaps,
 * so a reshuffled schema.prisma cannot silently produce a second SQLite schema.
 */
export function postgresqlSchemaFrom(sqliteSchema: string): string {
  const replacements: [RegExp, string][] = [
    [/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"'],
    [/^(\s*output\s*=\s*)"\.\.\/lib\/db\/generated\/sqlite"/m, '$1"../../lib/db/generated/postgresql"'],
  ];
  let schema = sqliteSchema;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(schema)) throw new Error(`prisma/schema.prisma has no line matching ${pattern}`);
    schema = schema.replace(pattern, replacement);
  }
  return GENERATED_NOTICE + schema;
}
