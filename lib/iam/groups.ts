import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";

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
