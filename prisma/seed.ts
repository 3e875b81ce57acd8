import { createDb } from "../lib/db/client";
import { DEMO_ACCOUNT } from "../lib/demo";
import { createAccount } from "../lib/iam/create-account";
import { createUser } from "../lib/iam/create-user";
import { getPrincipal } from "../lib/iam/get-principal";

const SEED_CONTEXT = { sourceIp: "127.0.0.1", userAgent: "mock-iam-console seed" };

/** Creates the demo account (alias, root user, an administrator and a learner) unless it exists. */
export async function seed(url: string): Promise<void> {
  const db = createDb(url);
  try {
    if (await db.account.findUnique({ where: { id: DEMO_ACCOUNT.accountId } })) return;
    const now = new Date();
    await createAccount(db, {
      accountId: DEMO_ACCOUNT.accountId,
      alias: DEMO_ACCOUNT.alias,
      accountName: DEMO_ACCOUNT.accountName,
      email: DEMO_ACCOUNT.root.email,
      password: DEMO_ACCOUNT.root.password,
      isDemo: true,
      now,
      context: SEED_CONTEXT,
    });
    const root = await getPrincipal(db, DEMO_ACCOUNT.accountId, null);
    if (!root) throw new Error("The demo account vanished while it was being seeded.");
    for (const [user, isAdmin] of [
      [DEMO_ACCOUNT.admin, true],
      [DEMO_ACCOUNT.user, false],
    ] as const) {
      await createUser(db, {
        accountId: DEMO_ACCOUNT.accountId,
        userName: user.userName,
        password: user.password,
        isAdmin,
        actor: root,
        now,
        context: SEED_CONTEXT,
      });
    }
  } finally {
    await db.$disconnect();
  }
}
