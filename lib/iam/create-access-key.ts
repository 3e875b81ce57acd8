import { serializableTransaction } from "../db/transactions";
import type { Db } from "../db/types";
import { encryptSecret } from "../mfa/secret-crypto";
import { ACCESS_KEYS_PER_USER, keysOf } from "./access-keys";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { newAccessKeyId, newSecretAccessKey } from "./ids";
import { resolveCredentialsTarget, targetUserName } from "./credentials-target";
import type { Principal, RequestContext } from "./principal";
import type { IamSettings } from "./settings";

export type CreatedAccessKey = {
  userName: string | null;
  accessKeyId: string;
  /** Shown this once; stored only encrypted, because SigV4 needs it to check signatures. */
  secretAccessKey: string;
  status: "Active";
  createDate: Date;
};

/** CreateAccessKey: at most two per principal, as AWS allows. */
export async function createAccessKey(
  db: Db,
  input: { actor: Principal; userName?: string | null; settings: IamSettings; now: Date; context: RequestContext },
): Promise<CreatedAccessKey> {
  const { actor, now } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "iam:CreateAccessKey");
  const key = { accessKeyId: newAccessKeyId(actor.accountId), secretAccessKey: newSecretAccessKey() };
  await serializableTransaction(db, async (tx) => {
    await tx.accessKey.create({
      data: {
        id: key.accessKeyId,
        ...keysOf(actor.accountId, target),
        secretCiphertext: encryptSecret(key.secretAccessKey, input.settings.encryptionKey),
        createdAt: now,
      },
    });
    // Counted after the insert, inside the transaction, so two concurrent creations cannot both pass.
    if ((await tx.accessKey.count({ where: keysOf(actor.accountId, target) })) > ACCESS_KEYS_PER_USER) {
      throw new IamError("LimitExceeded", `Cannot exceed quota for AccessKeysPerUser: ${ACCESS_KEYS_PER_USER}`);
    }
    await recordCallerEvent(tx, input, "CreateAccessKey", { userName: targetUserName(target) }, {
      responseElements: { accessKey: { accessKeyId: key.accessKeyId, status: "Active" } },
    });
  });
  return { userName: targetUserName(target), ...key, status: "Active", createDate: now };
}
