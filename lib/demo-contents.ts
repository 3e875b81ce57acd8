import { hashPassword } from "./auth/password";
import type { DbOrTx } from "./db/types";
import { DEMO_ACCOUNT } from "./demo";
import { insertUser } from "./iam/create-user";
import { getPrincipal } from "./iam/get-principal";
import type { RequestContext } from "./iam/principal";

/**
 * What the demo account holds besides its root user's e-mail: its alias (the seeded account only: an
 * alias is unique), the root password the sign-in page publishes, an administrator and a learner, made
 * by the root user as Create user makes them. The seed adds them to the new account, and so does each
 * visitor's private copy (lib/iam/demo-copies.ts); ResetAccount adds them again, in its transaction, to
 * the emptied one.
 */
export async function addDemoContents(
  tx: DbOrTx,
  { accountId = DEMO_ACCOUNT.accountId, now, context }: { accountId?: string; now: Date; context: RequestContext },
): Promise<void> {
  const rootPasswordHash = await hashPassword(DEMO_ACCOUNT.root.password);
  const alias = accountId === DEMO_ACCOUNT.accountId ? DEMO_ACCOUNT.alias : null;
  await tx.account.update({ where: { id: accountId }, data: { alias, rootPasswordHash } });
  // The update has just found the account, so its root user exists.
  const root = (await getPrincipal(tx, accountId, null))!;
  for (const [user, administrator] of [
    [DEMO_ACCOUNT.admin, true],
    [DEMO_ACCOUNT.user, false],
  ] as const) {
    const passwordHash = await hashPassword(user.password);
    await insertUser(tx, { accountId, userName: user.userName, passwordHash, administrator, actor: root, now, context });
  }
}
