import "server-only";
import type { Db } from "../db/types";
import { changePassword } from "../iam/change-password";
import { isIamError } from "../iam/errors";
import { PasswordPolicyViolation } from "../iam/password-policy";
import type { RequestContext } from "../iam/principal";
import { startConsoleSession } from "./console-session";
import { challengedPrincipal, consumeChallenge } from "./sign-in-challenge";

export type PasswordChangeFailure = "expired" | "wrongPassword" | "violation" | "reused";
export type PasswordChangeResult = { ok: true; sessionId: string } | { ok: false; reason: PasswordChangeFailure };

/**
 * The last step of a sign-in that needs a new password (PasswordResetRequired, or a password past the
 * policy's MaxPasswordAge): the challenge cookie's token, the old password and a new one that the
 * account's password policy accepts. Only then a session, with the MFA of the step before, if any.
 */
export async function completePasswordChangeSignIn(
  db: Db,
  /** `realNow`: the real time; the step runs at the account's own (the challenge's `now`). */
  input: { token: string | null | undefined; oldPassword: string; newPassword: string; realNow?: Date; context: RequestContext },
): Promise<PasswordChangeResult> {
  const { context } = input;
  const signIn = await challengedPrincipal(db, input.token, "password", input.realNow);
  if (!signIn) return { ok: false, reason: "expired" };
  const { challenge, principal } = signIn;
  const { now } = challenge;
  try {
    await changePassword(db, { actor: principal, oldPassword: input.oldPassword, newPassword: input.newPassword, now, context, atSignIn: true });
  } catch (error) {
    if (error instanceof PasswordPolicyViolation) return { ok: false, reason: error.rules.includes("reused") ? "reused" : "violation" };
    if (isIamError(error) && error.code === "AccessDenied") return { ok: false, reason: "wrongPassword" };
    if (isIamError(error) && error.code === "NoSuchEntity") return { ok: false, reason: "expired" };
    throw error;
  }
  if (!(await consumeChallenge(db, challenge.id, now))) return { ok: false, reason: "expired" };
  return { ok: true, sessionId: await startConsoleSession(db, { principal, now, context, mfaUsed: challenge.mfaAuthenticatedAt !== null }) };
}
