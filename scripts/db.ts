// The database commands: `tsx scripts/db.ts <migrate|diff [name]|status|seed>`, run from the project root
// (the npm scripts db:migrate, db:diff, db:status and db:seed). DATABASE_URL picks the database: a
// `file:` URL is SQLite, a `postgresql://` URL is PostgreSQL.
//
// `diff` writes the next migration for both providers under one name, from prisma/schema.prisma and the
// PostgreSQL schema generated from it. The PostgreSQL half needs a server on which it may create a
// throw-away shadow database: DIFF_POSTGRES_URL, else DATABASE_URL when it is PostgreSQL, else the local
// server (postgresql://postgres@127.0.0.1:5432/postgres).
import fs from "node:fs";
import { applyMigrations, diffToNextMigration, migrationStatus, newMigrationName, writeMigration } from "./migrate";
import { postgresqlSchemaFrom, SCHEMA_FILES } from "../lib/db/schemas";
import { databaseProvider, databaseUrl, type DatabaseProvider } from "../lib/db/url";
import { maskUrlPasswords } from "../lib/log";

const LOCAL_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres";

const USAGE = "usage: tsx scripts/db.ts <migrate | diff [name] | status | seed | prepare>";

type Command = (url: string, args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async migrate(url) {
    const applied = await applyMigrations(url);
    console.log(applied.length > 0 ? `Applied: ${applied.join(", ")}` : "No pending migrations");
    return 0;
  },

  async diff(url, [name = "change"]) {
    // The PostgreSQL schema follows schema.prisma; bring it up to date first (as `npm run db:schemas`).
    const pgSchema = postgresqlSchemaFrom(fs.readFileSync(SCHEMA_FILES.sqlite, "utf8"));
    if (fs.readFileSync(SCHEMA_FILES.postgresql, "utf8") !== pgSchema) {
      fs.writeFileSync(SCHEMA_FILES.postgresql, pgSchema);
      console.log(`Updated ${SCHEMA_FILES.postgresql}; run \`npm install\` (or \`npm run postinstall\`) to regenerate its client.`);
    }
    const postgresUrl =
      process.env.DIFF_POSTGRES_URL || (databaseProvider(url) === "postgresql" ? url : LOCAL_POSTGRES);
    const sql: Record<DatabaseProvider, string> = {
      sqlite: await diffToNextMigration("file::memory:"),
      postgresql: await diffToNextMigration(postgresUrl),
    };
    if (!sql.sqlite && !sql.postgresql) {
      console.log("No schema changes");
      return 0;
    }
    // One name for both, so the two folders stay in step (lib/db/schemas.test.ts checks it).
    const migrationName = newMigrationName(name);
    for (const provider of ["sqlite", "postgresql"] as const) {
      const body = sql[provider] || "-- This migration changes nothing on this provider.\n";
      console.log(`Wrote ${writeMigration(provider, migrationName, body)}`);
    }
    return 0;
  },

  async status(url) {
    const { pending, applied, problems } = await migrationStatus(url);
    console.log(`Applied: ${applied.join(", ") || "none"}`);
    console.log(`Pending: ${pending.join(", ") || "none"}`);
    if (problems) console.log(`Problems: ${problems}`);
    return pending.length > 0 || problems ? 1 : 0;
  },

  async seed(url) {
    await commands.migrate(url, []);
    const { seed } = await import("../prisma/seed");
    await seed(url);
    console.log("Seeded");
    return 0;
  },

  // What a deployment runs once before its instances start: migrate, and seed the demo account when
  // DEMO_MODE is on (the default), as `npm start` does. Safe to run again, and from several places at once.
  async prepare(url) {
    await commands.migrate(url, []);
    const { envSchema } = await import("../lib/config/env");
    const demoMode = envSchema.shape.DEMO_MODE.safeParse(process.env.DEMO_MODE);
    if (!demoMode.success) throw new Error(`DEMO_MODE ${demoMode.error.issues[0]?.message}`);
    if (!demoMode.data) return 0;
    const { seed } = await import("../prisma/seed");
    await seed(url);
    console.log("Demo account ready (DEMO_MODE is on)");
    return 0;
  },
};

async function main([name, ...args]: string[]): Promise<number> {
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    console.error(USAGE);
    return 1;
  }
  try {
    return await command(databaseUrl(), args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`db ${name} failed: ${maskUrlPasswords(message).replace(/\s+/g, " ").trim()}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
