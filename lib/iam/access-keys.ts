import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";
import type { CredentialsTarget } from "./credentials-target";

/** AWS allows two access keys per user (and per root user). */
export const ACCESS_KEYS_PER_USER = 2;

export function noSuchAccessKey(accessKeyId: string): IamError {
  return new IamError("NoSuchEntity", `The Access Key with id ${accessKeyId} cannot be found.`);
}

/** Prisma's filter for the long-term keys of `target`. */
export function keysOf(accountId: string, target: CredentialsTarget) {
  return target.kind === "root" ? { accountId, userId: null } : { accountId, userId: target.userId };
}

/** The key `accessKeyId` of `target`; a key of anyone else is as good as missing. */
export async function findAccessKey(db: DbOrTx, accountId: string, target: CredentialsTarget, accessKeyId: string) {
  const key = await db.accessKey.findFirst({ where: { id: accessKeyId, ...keysOf(accountId, target) } });
  if (!key) throw noSuchAccessKey(accessKeyId);
  return key;
}
