import { hashPassword } from "./auth/password";
import type { DbOrTx } from "./db/types";
import { DEMO_ACCOUNT } from "./demo";
import { insertUser } from "./iam/create-user";
import { getPrincipal } from "./iam/get-principal";
import type { RequestContext } from "./iam/principal";

/**
 * What the demo account holds besides its root user: its alias, an administrator and a learner, made
 * by the root user as Create user makes them. The seed adds them to the new account; ResetAccount adds
 * them again, in its transaction, to the emptied one.
 */
export async function addDemoContents(tx: DbOrTx, { now, context }: { now: Date; context: RequestContext }): Promise<void> {
  const { accountId } = DEMO_ACCOUNT;
  await tx.account.update({ where: { id: accountId }, data: { alias: DEMO_ACCOUNT.alias } });
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
