import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";

export function noSuchUser(userName: string): IamError {
  return new IamError("NoSuchEntity", `The user with name ${userName} cannot be found.`);
}

/** Prisma's unique filter for the account's IAM user named `userName`: names are unique regardless of case. */
export function userNamed(accountId: string, userName: string) {
  return { accountId_nameKey: { accountId, nameKey: userName.toLowerCase() } };
}

/** The account's IAM user named `userName`, regardless of case, or NoSuchEntity. */
export async function findUserByName(db: DbOrTx, accountId: string, userName: string) {
  const user = await db.user.findUnique({ where: userNamed(accountId, userName) });
  if (!user) throw noSuchUser(userName);
  return user;
}
