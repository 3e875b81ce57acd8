import type { DbOrTx } from "../db/types";
import { accountOfKeyId } from "./ids";

/**
 * STS GetAccessKeyInfo: the account an access key id belongs to. A key this lab issued is looked up
 * (its ids also encode the account, as AWS's do); any other well-formed AKIA/ASIA id is decoded as AWS
 * decodes it, whether or not the key exists, as AWS answers.
 */
export async function getAccessKeyInfo(db: DbOrTx, accessKeyId: string): Promise<{ account: string | null }> {
  const [key, temporary] = await Promise.all([
    db.accessKey.findUnique({ where: { id: accessKeyId }, select: { accountId: true } }),
    db.temporaryCredential.findUnique({ where: { id: accessKeyId }, select: { accountId: true } }),
  ]);
  return { account: key?.accountId ?? temporary?.accountId ?? accountOfKeyId(accessKeyId) };
}
