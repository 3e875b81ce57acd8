import type { DbOrTx } from "../db/types";
import { accessDenied, mayManageCredentialsOf } from "./authorization";
import type { Principal } from "./principal";
import { type Tag, userTagsOf } from "./user-tags";
import { findUserByName } from "./users";

/** AWS's User shape, with what the console's user page shows besides: the console password's age. */
export type UserDetail = {
  path: string;
  userName: string;
  userId: string;
  arn: string;
  createDate: Date;
  passwordLastUsed: Date | null;
  isAdmin: boolean;
  /** The login profile (console password), or null when the user has no console access. */
  loginProfile: { createDate: Date } | null;
  tags: Tag[];
};

/** GetUser: administrators read any user of their account; other users only themselves. */
export async function getUser(db: DbOrTx, input: { actor: Principal; userName: string }): Promise<UserDetail> {
  if (!mayManageCredentialsOf(input.actor, input.userName)) throw accessDenied(input.actor, "GetUser");
  const user = await findUserByName(db, input.actor.accountId, input.userName);
  return {
    path: user.path,
    userName: user.name,
    userId: user.id,
    arn: user.arn,
    createDate: user.createdAt,
    passwordLastUsed: user.passwordLastUsed,
    isAdmin: user.isAdmin,
    loginProfile: user.passwordHash ? { createDate: user.passwordSetAt ?? user.createdAt } : null,
    tags: await userTagsOf(db, user.id),
  };
}
