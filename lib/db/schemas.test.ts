import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { committedMigrations } from "@/scripts/migrate";
import { MIGRATION_DIRS, postgresqlSchemaFrom, SCHEMA_FILES } from "./schemas";

// One data model, two providers. The migrations of each are checked against its schema by
// migrate.integration.test.ts ("finds no difference"), on SQLite and on PostgreSQL.
describe("the PostgreSQL schema and migrations follow prisma/schema.prisma", () => {
  it("prisma/postgresql/schema.prisma is generated from the current prisma/schema.prisma (npm run db:schemas)", () => {
    const expected = postgresqlSchemaFrom(fs.readFileSync(SCHEMA_FILES.sqlite, "utf8"));
    expect(fs.readFileSync(SCHEMA_FILES.postgresql, "utf8"), "stale: run `npm run db:schemas` and commit it").toBe(expected);
  });

  it("differs from it in the provider and the client's output folder only", () => {
    const pg = postgresqlSchemaFrom('generator client {\n  output = "../lib/db/generated/sqlite"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id String @id\n}\n');
    expect(pg).toContain('output = "../../lib/db/generated/postgresql"');
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain("model A {\n  id String @id\n}");
    expect(() => postgresqlSchemaFrom('datasource db {\n  provider = "postgresql"\n}')).toThrow(/no line matching/);
  });

  it("both providers have the same migrations, by name (npm run db:diff writes both)", () => {
    expect(committedMigrations("postgresql")).toEqual(committedMigrations("sqlite"));
  });

  it("each migrations folder's lock file names its provider", () => {
    for (const provider of ["sqlite", "postgresql"] as const) {
      expect(fs.readFileSync(`${MIGRATION_DIRS[provider]}/migration_lock.toml`, "utf8")).toContain(`provider = "${provider}"`);
    }
  });
});
