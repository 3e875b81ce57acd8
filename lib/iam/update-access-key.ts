import type { Db } from "../db/types";
import { findAccessKey } from "./access-keys";
import { recordCallerEvent } from "./events";
import { resolveCredentialsTarget, targetUserName } from "./credentials-target";
import type { Principal, RequestContext } from "./principal";

/** UpdateAccessKey: makes a key Active or Inactive; an inactive key signs nothing. */
export async function updateAccessKey(
  db: Db,
  input: { actor: Principal; userName?: string | null; accessKeyId: string; status: "Active" | "Inactive"; now: Date; context: RequestContext },
): Promise<void> {
  const { actor } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "iam:UpdateAccessKey");
  const key = await findAccessKey(db, actor.accountId, target, input.accessKeyId);
  await db.$transaction(async (tx) => {
    await tx.accessKey.update({ where: { id: key.id }, data: { status: input.status } });
    await recordCallerEvent(tx, input, "UpdateAccessKey", { userName: targetUserName(target), accessKeyId: key.id, status: input.status });
  });
}
