import type { DbOrTx } from "../db/types";
import type { Principal } from "./principal";

/** The principal's console password: whether there is one, and when it was last used to sign in. */
export async function getLoginProfile(db: DbOrTx, principal: Principal): Promise<{ hasPassword: boolean; passwordLastUsed: Date | null }> {
  if (principal.isRoot) {
    const account = await db.account.findUnique({ where: { id: principal.accountId }, select: { rootPasswordLastUsed: true } });
    return { hasPassword: true, passwordLastUsed: account?.rootPasswordLastUsed ?? null };
  }
  const user = await db.user.findUnique({ where: { id: principal.userId! }, select: { passwordHash: true, passwordLastUsed: true } });
  return { hasPassword: Boolean(user?.passwordHash), passwordLastUsed: user?.passwordLastUsed ?? null };
}
