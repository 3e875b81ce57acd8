import type { DbOrTx } from "../db/types";
import { rootArn } from "./arn";
import type { Principal } from "./principal";

/** The root user (userId null) or IAM user of an account, or null when either no longer exists. */
export async function getPrincipal(db: DbOrTx, accountId: string, userId: string | null): Promise<Principal | null> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: { id: true, alias: true } });
  if (!account) return null;
  if (userId === null) {
    return {
      accountId,
      accountAlias: account.alias,
      userId: null,
      userName: null,
      arn: rootArn(accountId),
      isRoot: true,
      isAdmin: true,
    };
  }
  const user = await db.user.findFirst({ where: { id: userId, accountId } });
  if (!user) return null;
  return {
    accountId,
    accountAlias: account.alias,
    userId: user.id,
    userName: user.name,
    arn: user.arn,
    isRoot: false,
    isAdmin: user.isAdmin,
  };
}
