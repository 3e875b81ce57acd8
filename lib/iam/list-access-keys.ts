import type { DbOrTx } from "../db/types";
import { keysOf } from "./access-keys";
import { resolveCredentialsTarget, targetUserName } from "./credentials-target";
import type { Principal } from "./principal";

export type AccessKeyMetadata = {
  userName: string | null;
  accessKeyId: string;
  status: "Active" | "Inactive";
  createDate: Date;
  lastUsedDate: Date | null;
};

/** ListAccessKeys: the keys of a user, or of the caller; never a secret. */
export async function listAccessKeys(db: DbOrTx, input: { actor: Principal; userName?: string | null }): Promise<AccessKeyMetadata[]> {
  const target = await resolveCredentialsTarget(db, input.actor, input.userName, "iam:ListAccessKeys");
  const keys = await db.accessKey.findMany({ where: keysOf(input.actor.accountId, target), orderBy: { createdAt: "asc" } });
  return keys.map((key) => ({
    userName: targetUserName(target),
    accessKeyId: key.id,
    status: key.status === "Inactive" ? "Inactive" : "Active",
    createDate: key.createdAt,
    lastUsedDate: key.lastUsedAt,
  }));
}
