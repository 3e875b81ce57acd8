import type { Db, DbOrTx } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { userArn } from "./arn";
import { authorize, implicitDenial } from "./authorize";
import { IamError } from "./errors";
import { userResource } from "./iam-actions";
import { grantLabPermissions } from "./lab-policies";
import { recordCallerEvent } from "./events";
import { newUserId } from "./ids";
import { hashNewPassword, rememberPassword } from "./password-policy";
import type { Principal, RequestContext } from "./principal";
import { type Tag, writeUserTags } from "./user-tags";

export type CreateUserInput = {
  accountId: string;
  /** Already validated (userNameSchema). */
  userName: string;
  path?: string;
  /** A console password; without one the user has no console access. */
  password?: string | null;
  /**
   * The lab's permissions (lab-policies.ts): true for AdministratorAccess, false for the self-management
   * policy; left out (the API's CreateUser) for none, as AWS gives a new user none.
   */
  administrator?: boolean;
  /** CreateUser's Tags, already validated (at most 50, keys unique regardless of case). */
  tags?: Tag[];
  actor: Principal;
  now: Date;
  context: RequestContext;
};

export type CreatedUser = { userId: string; arn: string; userName: string; path: string; createdAt: Date };

function alreadyExists(userName: string): IamError {
  return new IamError("EntityAlreadyExists", `User with name ${userName} already exists.`);
}

/** CreateUser, with CreateLoginProfile when a password is given (the console's "Console access"). */
export async function createUser(db: Db, input: CreateUserInput): Promise<CreatedUser> {
  const resource = userResource(input.accountId, input.path ?? "/", input.userName);
  await authorize(db, input.actor, "iam:CreateUser", resource);
  if (input.actor.accountId !== input.accountId) throw implicitDenial(input.actor, "iam:CreateUser", resource.named);
  const passwordHash = input.password ? await hashNewPassword(db, { accountId: input.accountId, isRoot: false, password: input.password }) : null;
  try {
    return await db.$transaction((tx) => insertUser(tx, { ...input, passwordHash }));
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists(input.userName);
    throw error;
  }
}

/**
 * CreateUser's writes, in the caller's transaction: the user, its lab permissions, its login profile and their events.
 * The caller has authorized `actor` and hashed the password.
 */
export async function insertUser(
  tx: DbOrTx,
  input: Omit<CreateUserInput, "password"> & { passwordHash: string | null },
): Promise<CreatedUser> {
  const { passwordHash } = input;
  const path = input.path ?? "/";
  const user = {
    userId: newUserId(),
    arn: userArn(input.accountId, path, input.userName),
    userName: input.userName,
    path,
    createdAt: input.now,
  };
  const existing = await tx.user.findUnique({
    where: { accountId_nameKey: { accountId: input.accountId, nameKey: input.userName.toLowerCase() } },
    select: { id: true },
  });
  if (existing) throw alreadyExists(input.userName);
  await tx.user.create({
    data: {
      id: user.userId,
      accountId: input.accountId,
      name: input.userName,
      nameKey: input.userName.toLowerCase(),
      path,
      arn: user.arn,
      passwordHash,
      passwordSetAt: passwordHash ? input.now : null,
      createdAt: input.now,
    },
  });
  const account = await tx.account.findUniqueOrThrow({ where: { id: input.accountId }, select: { requireMfaForApi: true } });
  await grantLabPermissions(tx, { accountId: input.accountId, userId: user.userId, administrator: input.administrator, requireMfa: account.requireMfaForApi, now: input.now });
  if (input.tags?.length) await writeUserTags(tx, user.userId, input.tags);
  await recordCallerEvent(tx, input, "CreateUser", { userName: input.userName, path, ...(input.tags?.length ? { tags: input.tags } : {}) });
  if (passwordHash) {
    await rememberPassword(tx, user.userId, passwordHash, input.now);
    await recordCallerEvent(tx, input, "CreateLoginProfile", { userName: input.userName });
  }
  return user;
}
