import type { Db } from "../db/types";
import { findAccessKey } from "./access-keys";
import { recordCallerEvent } from "./events";
import { resolveCredentialsTarget, targetUserName } from "./credentials-target";
import type { Principal, RequestContext } from "./principal";

export async function deleteAccessKey(
  db: Db,
  input: { actor: Principal; userName?: string | null; accessKeyId: string; now: Date; context: RequestContext },
): Promise<void> {
  const { actor } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "iam:DeleteAccessKey");
  const key = await findAccessKey(db, actor.accountId, target, input.accessKeyId);
  await db.$transaction(async (tx) => {
    await tx.accessKey.delete({ where: { id: key.id } });
    await recordCallerEvent(tx, input, "DeleteAccessKey", { userName: targetUserName(target), accessKeyId: key.id });
  });
}
