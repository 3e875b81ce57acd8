import { verifyPassword } from "../auth/password";
import type { Db } from "../db/types";
import { authorize, selfResource } from "./authorize";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { noSuchLoginProfile } from "./login-profiles";
import { hashNewPassword, rememberPassword } from "./password-policy";
import type { Principal, RequestContext } from "./principal";

export type ChangePasswordInput = {
  actor: Principal;
  oldPassword: string;
  /** Checked here: an IAM user's against the account's password policy, the root user's against AWS's default. */
  newPassword: string;
  now: Date;
  context: RequestContext;
  /**
   * The change the sign-in asks for (PasswordResetRequired, an expired password): a step of signing
   * in, which the lab lets through whatever the user's policies (AWS attaches IAMUserChangePassword).
   */
  atSignIn?: boolean;
};

// AWS's answer to a wrong old password is unverified; AccessDenied is what a wrong credential gets elsewhere.
const WRONG_OLD_PASSWORD = () => new IamError("AccessDenied", "The old password is incorrect.");

/**
 * ChangePassword: the caller's own console password, the current one required; a reset the user was
 * asked for (PasswordResetRequired) is then done. The root user's goes through here too, so the event
 * history shows both alike. Neither password is ever recorded.
 */
export async function changePassword(db: Db, input: ChangePasswordInput): Promise<void> {
  const { actor, now } = input;
  if (!actor.isRoot && !input.atSignIn) await authorize(db, actor, "iam:ChangePassword", selfResource(actor));
  const storedHash = actor.isRoot
    ? (await db.account.findUnique({ where: { id: actor.accountId }, select: { rootPasswordHash: true } }))?.rootPasswordHash
    : (await db.user.findUnique({ where: { id: actor.userId! }, select: { passwordHash: true } }))?.passwordHash;
  if (!storedHash) throw noSuchLoginProfile(actor.userName);

  if (!(await verifyPassword(storedHash, input.oldPassword))) {
    const error = WRONG_OLD_PASSWORD();
    await recordCallerEvent(db, input, "ChangePassword", null, { error });
    throw error;
  }
  const newHash = await hashNewPassword(db, { accountId: actor.accountId, isRoot: actor.isRoot, userId: actor.userId ?? undefined, password: input.newPassword });
  await db.$transaction(async (tx) => {
    // Conditional on the hash just checked: of two concurrent changes, the second must know the first's password.
    const { count } = actor.isRoot
      ? await tx.account.updateMany({ where: { id: actor.accountId, rootPasswordHash: storedHash }, data: { rootPasswordHash: newHash } })
      : await tx.user.updateMany({ where: { id: actor.userId!, passwordHash: storedHash }, data: { passwordHash: newHash, passwordSetAt: now, passwordResetRequired: false } });
    if (count !== 1) throw WRONG_OLD_PASSWORD();
    if (!actor.isRoot) await rememberPassword(tx, actor.userId!, newHash, now);
    await recordCallerEvent(tx, input, "ChangePassword");
  });
}
