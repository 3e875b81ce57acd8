import type { Db, DbOrTx } from "../db/types";
import { authorizeOnUser } from "./credentials-target";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { hashNewPassword, rememberPassword } from "./password-policy";
import type { Principal, RequestContext } from "./principal";

export function noSuchLoginProfile(userName: string | null): IamError {
  return new IamError("NoSuchEntity", `Login Profile for User ${userName} cannot be found.`);
}

/** AWS's LoginProfile. */
export type LoginProfile = { userName: string; createDate: Date; passwordResetRequired: boolean };

/** GetLoginProfile: administrators read any user's; users their own. */
export async function getUserLoginProfile(db: DbOrTx, input: { actor: Principal; userName: string }): Promise<LoginProfile> {
  const user = await authorizeOnUser(db, input.actor, input.userName, "iam:GetLoginProfile");
  if (!user.passwordHash) throw noSuchLoginProfile(user.name);
  return { userName: user.name, createDate: user.passwordSetAt ?? user.createdAt, passwordResetRequired: user.passwordResetRequired };
}

/**
 * UpdateLoginProfile: an administrator sets a user's password (checked against the account's
 * password policy) and/or whether the user must choose a new one at the next sign-in.
 */
export async function updateLoginProfile(
  db: Db,
  input: { actor: Principal; userName: string; password?: string; passwordResetRequired?: boolean; now: Date; context: RequestContext },
): Promise<void> {
  const { actor, now } = input;
  const user = await authorizeOnUser(db, actor, input.userName, "iam:UpdateLoginProfile");
  if (!user.passwordHash) throw noSuchLoginProfile(user.name);
  const passwordHash =
    input.password === undefined ? undefined : await hashNewPassword(db, { accountId: actor.accountId, isRoot: false, userId: user.id, password: input.password });
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: { not: null } },
      data: {
        ...(passwordHash ? { passwordHash, passwordSetAt: now } : {}),
        ...(input.passwordResetRequired !== undefined ? { passwordResetRequired: input.passwordResetRequired } : {}),
      },
    });
    if (count !== 1) throw noSuchLoginProfile(user.name);
    if (passwordHash) await rememberPassword(tx, user.id, passwordHash, now);
    await recordCallerEvent(tx, input, "UpdateLoginProfile", {
      userName: user.name,
      ...(input.passwordResetRequired !== undefined ? { passwordResetRequired: input.passwordResetRequired } : {}),
    });
  });
}
