import fs from "node:fs";
import path from "node:path";
import { ensureGeneratedSecrets } from "../lib/config/env-file";
import { ConfigError, type Env, parseEnv } from "../lib/config/env";
import { applyMigrations } from "./migrate";
import { seed } from "../prisma/seed";

const ENV_FILE = path.resolve(".env.local");

/**
 * What every start needs before Next.js serves a page: the generated secrets, a valid configuration,
 * the database at the latest migration, and the demo account when demo mode is on.
 */
export async function prepare(): Promise<Env> {
  const added = ensureGeneratedSecrets(ENV_FILE, process.env);
  if (added.length > 0) console.log(`Generated ${added.join(" and ")} into .env.local.`);
  if (fs.existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);
  const env = parseEnv(process.env);
  const applied = await applyMigrations(env.DATABASE_URL);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}.`);
  if (env.DEMO_MODE) await seed(env.DATABASE_URL);
  return env;
}

export function exitOnConfigError(error: unknown): never {
  console.error(error instanceof ConfigError ? `\n${error.message}\nFix .env.local (or the environment) and start again.\n` : error);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepare().catch(exitOnConfigError);
}
