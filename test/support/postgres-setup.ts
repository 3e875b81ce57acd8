// vitest globalSetup of the "postgresql" project: checks the server is there (with a message that says
// what to do when it is not) and drops test databases left behind by runs that were killed.
import { withPgClient, quoteIdentifier } from "../../lib/db/postgres";
import { TEST_DATABASE_PREFIX, TEST_POSTGRES_URL } from "./test-db";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export default async function setup(): Promise<void> {
  try {
    await withPgClient(TEST_POSTGRES_URL, async (client) => {
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
        `${TEST_DATABASE_PREFIX}%`,
      ]);
      for (const { datname } of rows) {
        const pid = Number(/^mock_iam_test_(\d+)_/.exec(datname)?.[1]);
        if (pid && !isRunning(pid)) await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(datname)} WITH (FORCE)`);
      }
    });
  } catch (error) {
    throw new Error(
      `The PostgreSQL integration tests need a server at ${TEST_POSTGRES_URL.replace(/:[^:@/]*@/, ":***@")} ` +
        `(set TEST_POSTGRES_URL to use another): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
