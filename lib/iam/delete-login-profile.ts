import type { Db } from "../db/types";
import { authorizeOnUser } from "./credentials-target";
import { recordCallerEvent } from "./events";
import { noSuchLoginProfile } from "./login-profiles";
import type { Principal, RequestContext } from "./principal";

/** DeleteLoginProfile: the IAM user can no longer sign in to the console. */
export async function deleteLoginProfile(
  db: Db,
  input: { actor: Principal; userName: string; now: Date; context: RequestContext },
): Promise<void> {
  const { actor } = input;
  const user = await authorizeOnUser(db, actor, input.userName, "iam:DeleteLoginProfile");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: { not: null } }, data: { passwordHash: null, passwordSetAt: null, passwordResetRequired: false } });
    if (count !== 1) throw noSuchLoginProfile(user.name);
    await recordCallerEvent(tx, input, "DeleteLoginProfile", { userName: user.name });
  });
}
