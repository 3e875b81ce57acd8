// `npm run sandbox:purge [-- --hours N]`: deletes the sandbox accounts created more than
// SANDBOX_EXPIRY_HOURS (or N) hours ago, with everything in them; never the demo account. A running
// server does the same hourly by itself; this is for cron, or a deployment whose servers sleep. Reads
// DATABASE_URL and SANDBOX_EXPIRY_HOURS from the environment, then from .env.local, as `npm start` does.
import fs from "node:fs";
import path from "node:path";
import { purgeExpiryHours } from "../lib/config/sandbox-purge-options";
import { createDb } from "../lib/db/client";
import { databaseUrl } from "../lib/db/url";
import { purgeExpiredSandboxes } from "../lib/iam/purge-expired-sandboxes";
import { maskUrlPasswords } from "../lib/log";

const ENV_FILE = path.resolve(".env.local");

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const messageOf = (error: unknown) => maskUrlPasswords(error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();

async function main(args: string[]): Promise<number> {
  if (fs.existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);
  let expiryHours: number | null;
  try {
    expiryHours = purgeExpiryHours(args, process.env);
  } catch (error) {
    console.error(`sandbox:purge: ${messageOf(error)}`);
    return 1;
  }
  if (expiryHours === null) {
    console.log("Sandboxes never expire (SANDBOX_EXPIRY_HOURS is unset or 0, and no --hours N): nothing deleted.");
    return 0;
  }
  try {
    const db = createDb(databaseUrl());
    try {
      const deleted = await purgeExpiredSandboxes(db, { now: new Date(), expiryHours });
      console.log(`Deleted ${count(deleted, "sandbox account")} created more than ${count(expiryHours, "hour")} ago.`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    console.error(`sandbox:purge failed: ${messageOf(error)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
