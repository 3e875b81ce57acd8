import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";

export function noSuchUser(userName: string): IamError {
  return new IamError("NoSuchEntity", `The user with name ${userName} cannot be found.`);
}

/** The account's IAM user named `userName`, regardless of case, or NoSuchEntity. */
export async function findUserByName(db: DbOrTx, accountId: string, userName: string) {
  const user = await db.user.findUnique({ where: { accountId_nameKey: { accountId, nameKey: userName.toLowerCase() } } });
  if (!user) throw noSuchUser(userName);
  return user;
}
