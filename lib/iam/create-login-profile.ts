import type { Db } from "../db/types";
import { authorizeOnUser } from "./credentials-target";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { LoginProfile } from "./login-profiles";
import { hashNewPassword, rememberPassword } from "./password-policy";
import type { Principal, RequestContext } from "./principal";

/**
 * CreateLoginProfile: gives an IAM user a console password, checked against the account's password
 * policy; with PasswordResetRequired the user must choose a new one at the first sign-in.
 */
export async function createLoginProfile(
  db: Db,
  input: { actor: Principal; userName: string; password: string; passwordResetRequired?: boolean; now: Date; context: RequestContext },
): Promise<LoginProfile> {
  const { actor, now } = input;
  const user = await authorizeOnUser(db, actor, input.userName, "iam:CreateLoginProfile");
  const passwordHash = await hashNewPassword(db, { accountId: actor.accountId, isRoot: false, userId: user.id, password: input.password });
  const passwordResetRequired = input.passwordResetRequired ?? false;
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: null }, data: { passwordHash, passwordSetAt: now, passwordResetRequired } });
    if (count !== 1) throw new IamError("EntityAlreadyExists", `Login Profile for user ${user.name} already exists.`);
    await rememberPassword(tx, user.id, passwordHash, now);
    await recordCallerEvent(tx, input, "CreateLoginProfile", { userName: user.name, passwordResetRequired });
  });
  return { userName: user.name, createDate: now, passwordResetRequired };
}
