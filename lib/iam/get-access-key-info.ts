import type { DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import { accountOfKeyId } from "./ids";
import type { Principal } from "./principal";

/**
 * STS GetAccessKeyInfo: the account an access key id belongs to. A key this lab issued is looked up
 * (its ids also encode the account, as AWS's do); any other well-formed AKIA/ASIA id is decoded as AWS
 * decodes it, whether or not the key exists, as AWS answers. It takes sts:GetAccessKeyInfo (unlike
 * GetCallerIdentity and GetSessionToken, which no policy can deny).
 */
export async function getAccessKeyInfo(db: DbOrTx, actor: Principal, accessKeyId: string): Promise<{ account: string | null }> {
  await authorize(db, actor, "sts:GetAccessKeyInfo", ANY_RESOURCE);
  const [key, temporary] = await Promise.all([
    db.accessKey.findUnique({ where: { id: accessKeyId }, select: { accountId: true } }),
    db.temporaryCredential.findUnique({ where: { id: accessKeyId }, select: { accountId: true } }),
  ]);
  return { account: key?.accountId ?? temporary?.accountId ?? accountOfKeyId(accessKeyId) };
}
