import { createDb } from "../lib/db/client";
import { DEMO_ACCOUNT } from "../lib/demo";
import { addDemoContents } from "../lib/demo-contents";
import { createAccount } from "../lib/iam/create-account";

const SEED_CONTEXT = { sourceIp: "127.0.0.1", userAgent: "mock-iam-console seed" };

/** Creates the demo account (alias, root user, an administrator and a learner) unless it exists. */
export async function seed(url: string): Promise<void> {
  const db = createDb(url);
  try {
    if (await db.account.findUnique({ where: { id: DEMO_ACCOUNT.accountId } })) return;
    const now = new Date();
    await createAccount(db, {
      accountId: DEMO_ACCOUNT.accountId,
      accountName: DEMO_ACCOUNT.accountName,
      email: DEMO_ACCOUNT.root.email,
      password: DEMO_ACCOUNT.root.password,
      isDemo: true,
      consoleVersion: DEMO_ACCOUNT.consoleVersion,
      now,
      context: SEED_CONTEXT,
    });
    await db.$transaction((tx) => addDemoContents(tx, { now, context: SEED_CONTEXT }));
  } finally {
    await db.$disconnect();
  }
}
