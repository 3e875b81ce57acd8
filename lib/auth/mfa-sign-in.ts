import "server-only";
import type { Db } from "../db/types";
import { acceptMfaCode, type MfaCodeResult } from "../iam/accept-mfa-code";
import { recordCallerEvent } from "../iam/events";
import { targetOf } from "../iam/credentials-target";
import { passwordChangeDue } from "../iam/password-policy";
import type { Principal, RequestContext } from "../iam/principal";
import type { IamSettings } from "../iam/settings";
import type { MfaFailure } from "../mfa/mfa-failure";
import { consoleLoginData, startConsoleSession } from "./console-session";
import { challengedPrincipal, consumeChallenge, type SignInChallenge } from "./sign-in-challenge";

export type MfaSignInOutcome =
  | { ok: true; sessionId: string }
  /**
   * The code was right, but the password must change first: "required" leads to a password challenge
   * (made at `now`, the account's time); "hardExpired" ends here, as only an administrator may reset it.
   */
  | { ok: true; passwordChange: "required" | "hardExpired"; principal: Principal; now: Date; mfaAuthenticatedAt: Date }
  | MfaFailure;

/**
 * The MFA step of a console sign-in: the challenge cookie's token and a code. A session exists only
 * when both hold; the code is then spent for good and the challenge consumed, each exactly once.
 */
export async function completeMfaSignIn(
  db: Db,
  /** `realNow`: the real time; the rest of the step runs at the account's own (the challenge's `now`). */
  input: { token: string | null | undefined; code: string; realNow?: Date; context: RequestContext; settings: IamSettings },
): Promise<MfaSignInOutcome> {
  const { context } = input;
  const signIn = await challengedPrincipal(db, input.token, "mfa", input.realNow);
  if (!signIn) return { ok: false, reason: "expired" };
  const { challenge, principal } = signIn;
  const { now } = challenge;

  const result = await acceptMfaCode(db, {
    accountId: principal.accountId,
    target: targetOf(principal),
    code: input.code,
    now,
    settings: input.settings,
  });
  return settleMfaStep(db, { challenge, principal, result, context });
}

/**
 * The end of an MFA step, whichever device answered (a code, a passkey): a session when it was right,
 * else the failure recorded (ConsoleLogin, and MFADeviceLockout at the lock) and told as the form shows it;
 * all at the account's time, the challenge's `now`.
 */
export async function settleMfaStep(
  db: Db,
  input: { challenge: SignInChallenge; principal: Principal; result: { ok: true } | Exclude<MfaCodeResult, { ok: true }>; context: RequestContext },
): Promise<MfaSignInOutcome> {
  const { challenge, principal, result, context } = input;
  const { now } = challenge;
  if (result.ok) {
    // A code is good once across every challenge; the challenge too is good once, so of two tabs
    // sharing it with two different valid codes only one gets a session.
    if (!(await consumeChallenge(db, challenge.id, now))) return { ok: false, reason: "expired" };
    const due = await passwordChangeDue(db, principal, now);
    if (due !== "none") {
      return { ok: true, passwordChange: due === "hardExpired" ? "hardExpired" : "required", principal, now, mfaAuthenticatedAt: now };
    }
    return { ok: true, sessionId: await startConsoleSession(db, { principal, now, context, mfaUsed: true }) };
  }
  if (result.counted) {
    const origin = { actor: principal, now, context };
    await recordCallerEvent(db, origin, "ConsoleLogin", null, {
      source: "signin",
      error: { message: "Failed authentication" },
      responseElements: { ConsoleLogin: "Failure" },
      additionalEventData: consoleLoginData(true),
    });
    if (result.reason === "locked") {
      await recordCallerEvent(db, origin, "MFADeviceLockout", null, { source: "signin", error: { message: "Too many failed MFA codes" } });
    }
  }
  return "retryAt" in result
    ? { ok: false, reason: result.reason, retryAt: result.retryAt, retryInSeconds: result.retryInSeconds }
    : { ok: false, reason: result.reason, ...(result.codeUsed ? { codeUsed: true } : {}) };
}
