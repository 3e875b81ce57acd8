import { hashPassword } from "./auth/password";
import type { DbOrTx } from "./db/types";
import { DEMO_ACCOUNT } from "./demo";
import { insertUser } from "./iam/create-user";
import { getPrincipal } from "./iam/get-principal";
import type { RequestContext } from "./iam/principal";

/**
 * What the demo account holds besides its root user's e-mail: its alias, the root password the sign-in
 * page publishes, an administrator and a learner, made by the root user as Create user makes them. The
 * seed adds them to the new account; ResetAccount adds them again, in its transaction, to the emptied
 * one (so a learner who changed the shared root password cannot lock the class out for good).
 */
export async function addDemoContents(tx: DbOrTx, { now, context }: { now: Date; context: RequestContext }): Promise<void> {
  const { accountId } = DEMO_ACCOUNT;
  const rootPasswordHash = await hashPassword(DEMO_ACCOUNT.root.password);
  await tx.account.update({ where: { id: accountId }, data: { alias: DEMO_ACCOUNT.alias, rootPasswordHash } });
  // The update has just found the account, so its root user exists.
  const root = (await getPrincipal(tx, accountId, null))!;
  for (const [user, isAdmin] of [
    [DEMO_ACCOUNT.admin, true],
    [DEMO_ACCOUNT.user, false],
  ] as const) {
    const passwordHash = await hashPassword(user.password);
    await insertUser(tx, { accountId, userName: user.userName, passwordHash, isAdmin, actor: root, now, context });
  }
}
