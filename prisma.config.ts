import { defineConfig } from "prisma/config";

// For the Prisma CLI on a machine with internet access (here, `npm run db:*` runs migrations through
// the WebAssembly engine instead; see scripts/migrate.ts). DATABASE_URL picks the provider's schema and
// migrations: SQLite's by default, PostgreSQL's (generated from the SQLite one) for a postgresql:// URL.
const url = process.env.DATABASE_URL?.trim() || "file:./data/mock-iam.db";
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});
