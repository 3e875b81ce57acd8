import { dropDatabase } from "../../lib/db/postgres";

// Runs before Playwright stops the two servers: WITH (FORCE) closes their connections.
export default async function globalTeardown(): Promise<void> {
  const name = process.env.MULTI_DATABASE_NAME;
  if (!name?.startsWith("mock_iam_e2e_multi_")) return;
  await dropDatabase(process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres", name);
}
