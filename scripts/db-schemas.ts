// One data model, two providers. prisma/schema.prisma (SQLite) is the source of truth; the PostgreSQL
// schema is generated from it, differing only in `provider` and `output`, and committed beside its own
// migrations (prisma/postgresql/migrations).
//
//   tsx scripts/db-schemas.ts            write prisma/postgresql/schema.prisma if it is stale
//   tsx scripts/db-schemas.ts --check    exit 1 if it is stale (writes nothing)
//   tsx scripts/db-schemas.ts --generate write it if stale (refused under CI), then `prisma generate` both
//
// `npm install` runs --generate (postinstall). Under CI a stale committed file fails the install rather
// than being fixed silently; lib/db/schemas.test.ts checks the same in `npm test`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { postgresqlSchemaFrom, SCHEMA_FILES } from "../lib/db/schemas";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sqliteFile = path.join(root, SCHEMA_FILES.sqlite);
const postgresqlFile = path.join(root, SCHEMA_FILES.postgresql);

function isStale(): { stale: boolean; expected: string } {
  const expected = postgresqlSchemaFrom(fs.readFileSync(sqliteFile, "utf8"));
  const current = fs.existsSync(postgresqlFile) ? fs.readFileSync(postgresqlFile, "utf8") : null;
  return { stale: current !== expected, expected };
}

function write(expected: string): void {
  fs.mkdirSync(path.dirname(postgresqlFile), { recursive: true });
  fs.writeFileSync(postgresqlFile, expected);
  console.log(`Wrote ${SCHEMA_FILES.postgresql} from ${SCHEMA_FILES.sqlite}.`);
}

function generate(): number {
  const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");
  for (const schema of [SCHEMA_FILES.sqlite, SCHEMA_FILES.postgresql]) {
    // The native schema engine cannot be downloaded here; generate does not need it (stack-notes).
    const result = spawnSync(process.execPath, [prisma, "generate", "--schema", schema], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    if (result.status !== 0) return result.status ?? 1;
  }
  return 0;
}

function main(args: string[]): number {
  const { stale, expected } = isStale();
  const ci = Boolean(process.env.CI) && process.env.CI !== "false";
  if (args.includes("--check") || (stale && ci && args.includes("--generate"))) {
    if (!stale) return 0;
    console.error(`${SCHEMA_FILES.postgresql} is stale: run \`npm run db:schemas\` and commit it.`);
    return 1;
  }
  if (stale) write(expected);
  return args.includes("--generate") ? generate() : 0;
}

process.exitCode = main(process.argv.slice(2));
