import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";

export function noSuchRole(roleName: string): IamError {
  return new IamError("NoSuchEntity", `The role with name ${roleName} cannot be found.`);
}

/** Prisma's unique filter for the account's role named `roleName`: names are unique regardless of case. */
export function roleNamed(accountId: string, roleName: string) {
  return { accountId_nameKey: { accountId, nameKey: roleName.toLowerCase() } };
}

/** The account's role named `roleName`, regardless of case, or NoSuchEntity. */
export async function findRoleByName(db: DbOrTx, accountId: string, roleName: string) {
  const role = await db.role.findUnique({ where: roleNamed(accountId, roleName) });
  if (!role) throw noSuchRole(roleName);
  return role;
}
