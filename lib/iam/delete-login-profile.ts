import type { Db } from "../db/types";
import { requireAccountAdministrator } from "./authorization";
import { IamError } from "./errors";
import { EVENT_SOURCE, recordEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { findUserByName } from "./users";

/** DeleteLoginProfile: the IAM user can no longer sign in to the console. */
export async function deleteLoginProfile(
  db: Db,
  input: { actor: Principal; userName: string; now: Date; context: RequestContext },
): Promise<void> {
  const { actor, now } = input;
  requireAccountAdministrator(actor, "DeleteLoginProfile");
  const user = await findUserByName(db, actor.accountId, input.userName);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: { not: null } }, data: { passwordHash: null, passwordSetAt: null } });
    if (count !== 1) throw new IamError("NoSuchEntity", `Login Profile for User ${user.name} cannot be found.`);
    await recordEvent(tx, {
      accountId: actor.accountId,
      eventName: "DeleteLoginProfile",
      eventSource: EVENT_SOURCE.iam,
      now,
      context: input.context,
      principal: actor,
      requestParameters: { userName: user.name },
    });
  });
}
