// The database commands: `tsx scripts/db.ts <migrate|diff [name]|status|seed>`, run from the project root
// (the npm scripts db:migrate, db:diff, db:status and db:seed). DATABASE_URL picks the database.
import { applyMigrations, diffToNextMigration, migrationStatus, writeMigration } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";

const USAGE = "usage: tsx scripts/db.ts <migrate | diff [name] | status | seed>";

type Command = (url: string, args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async migrate(url) {
    const applied = await applyMigrations(url);
    console.log(applied.length > 0 ? `Applied: ${applied.join(", ")}` : "No pending migrations");
    return 0;
  },

  async diff(url, [name = "change"]) {
    const sql = await diffToNextMigration(url);
    if (!sql) {
      console.log("No schema changes");
      return 0;
    }
    console.log(`Wrote prisma/migrations/${writeMigration(url, name, sql)}/migration.sql`);
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
    console.error(`db ${name} failed: ${message.replace(/\s+/g, " ").trim()}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
