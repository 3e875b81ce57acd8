import type { DbOrTx } from "../db/types";
import { groupArn } from "./arn";
import { authorize } from "./authorize";
import { IamError } from "./errors";
import { type Action, arnResource } from "./iam-actions";
import type { Principal } from "./principal";

export function noSuchGroup(groupName: string): IamError {
  return new IamError("NoSuchEntity", `The group with name ${groupName} cannot be found.`);
}

/** Prisma's unique filter for the account's group named `groupName`: names are unique regardless of case. */
export function groupNamed(accountId: string, groupName: string) {
  return { accountId_nameKey: { accountId, nameKey: groupName.toLowerCase() } };
}

/** The account's group named `groupName`, regardless of case, or NoSuchEntity. */
export async function findGroupByName(db: DbOrTx, accountId: string, groupName: string) {
  const group = await db.group.findUnique({ where: groupNamed(accountId, groupName) });
  if (!group) throw noSuchGroup(groupName);
  return group;
}

/**
 * The account's group named `groupName`, once the caller may perform `action` on it (on the group's
 * ARN). A name no group has is evaluated at path "/" and refused before NoSuchEntity, so a caller
 * without the right cannot learn which groups exist (as authorizeOnRole does for roles).
 */
export async function authorizeOnGroup(db: DbOrTx, actor: Principal, groupName: string, action: Action) {
  const group = await db.group.findUnique({ where: groupNamed(actor.accountId, groupName) });
  await authorize(db, actor, action, arnResource(group?.arn ?? groupArn(actor.accountId, "/", groupName)));
  if (!group) throw noSuchGroup(groupName);
  return group;
}
