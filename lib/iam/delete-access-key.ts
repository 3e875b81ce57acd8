import type { Db } from "../db/types";
import { findAccessKey } from "./access-keys";
import { EVENT_SOURCE, recordEvent } from "./events";
import { resolveCredentialsTarget, targetUserName } from "./credentials-target";
import type { Principal, RequestContext } from "./principal";

export async function deleteAccessKey(
  db: Db,
  input: { actor: Principal; userName?: string | null; accessKeyId: string; now: Date; context: RequestContext },
): Promise<void> {
  const { actor } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "DeleteAccessKey");
  const key = await findAccessKey(db, actor.accountId, target, input.accessKeyId);
  await db.$transaction(async (tx) => {
    await tx.accessKey.delete({ where: { id: key.id } });
    await recordEvent(tx, {
      accountId: actor.accountId,
      eventName: "DeleteAccessKey",
      eventSource: EVENT_SOURCE.iam,
      now: input.now,
      context: input.context,
      principal: actor,
      requestParameters: { userName: targetUserName(target), accessKeyId: key.id },
    });
  });
}
