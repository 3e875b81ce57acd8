// The multi-instance scenario's database, for the webServer commands in playwright.config.ts:
//   tsx e2e/multi-instance/database.ts create       (re)create MULTI_DATABASE_NAME, empty
//   tsx e2e/multi-instance/database.ts wait URL     wait until URL answers 200 (instance A is up)
//   tsx e2e/multi-instance/database.ts drop         drop it (the global teardown does this)
import { createDatabase, dropDatabase, withPgClient } from "../../lib/db/postgres";

const maintenanceUrl = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

function databaseName(): string {
  const name = process.env.MULTI_DATABASE_NAME;
  if (!name || !/^mock_iam_e2e_multi_\w+$/.test(name)) throw new Error(`MULTI_DATABASE_NAME is not a scenario database: ${name}`);
  return name;
}

/** Databases of earlier runs that were killed before their teardown (their runner process is gone). */
async function dropOrphans(): Promise<void> {
  const names = await withPgClient(maintenanceUrl, async (client) =>
    (await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'mock_iam_e2e_multi_%'")).rows,
  );
  for (const { datname } of names) {
    const pid = Number(/^mock_iam_e2e_multi_(\d+)_/.exec(datname)?.[1]);
    if (!pid || isRunning(pid)) continue;
    await dropDatabase(maintenanceUrl, datname);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitFor(url: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main([command, arg]: string[]): Promise<void> {
  if (command === "create") {
    await dropOrphans();
    await dropDatabase(maintenanceUrl, databaseName());
    await createDatabase(maintenanceUrl, databaseName());
    console.log(`Created database ${databaseName()}`);
  } else if (command === "drop") {
    await dropDatabase(maintenanceUrl, databaseName());
    console.log(`Dropped database ${databaseName()}`);
  } else if (command === "wait" && arg) {
    await waitFor(arg);
  } else {
    throw new Error("usage: database.ts <create | drop | wait URL>");
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
