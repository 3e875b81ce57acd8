import type { DbOrTx } from "../db/types";
import { authorizeOnUser } from "./credentials-target";
import { ADMINISTRATOR_ACCESS_ARN, hasAdministratorAccess } from "./lab-policies";
import type { Principal } from "./principal";
import { type Tag, userTagsOf } from "./user-tags";

/** AWS's User shape, with what the console's user page shows besides: the console password's age. */
export type UserDetail = {
  path: string;
  userName: string;
  userId: string;
  arn: string;
  createDate: Date;
  passwordLastUsed: Date | null;
  /** AdministratorAccess attached to the user: the console's "Administrator" label. */
  administrator: boolean;
  /** The login profile (console password), or null when the user has no console access. */
  loginProfile: { createDate: Date } | null;
  tags: Tag[];
};

/** GetUser, as the policies allow. */
export async function getUser(db: DbOrTx, input: { actor: Principal; userName: string }): Promise<UserDetail> {
  const user = await authorizeOnUser(db, input.actor, input.userName, "iam:GetUser");
  return {
    path: user.path,
    userName: user.name,
    userId: user.id,
    arn: user.arn,
    createDate: user.createdAt,
    passwordLastUsed: user.passwordLastUsed,
    administrator: hasAdministratorAccess(await db.policyAttachment.findMany({ where: { userId: user.id, policyArn: ADMINISTRATOR_ACCESS_ARN }, select: { policyArn: true } })),
    loginProfile: user.passwordHash ? { createDate: user.passwordSetAt ?? user.createdAt } : null,
    tags: await userTagsOf(db, user.id),
  };
}
