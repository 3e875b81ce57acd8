import "server-only";
import type { Db } from "../db/types";
import { acceptMfaCode, type MfaCodeResult } from "../iam/accept-mfa-code";
import { recordCallerEvent } from "../iam/events";
import { getPrincipal } from "../iam/get-principal";
import { targetOf } from "../iam/credentials-target";
import { passwordChangeDue } from "../iam/password-policy";
import type { Principal, RequestContext } from "../iam/principal";
import type { IamSettings } from "../iam/settings";
import { consoleLoginData, startConsoleSession } from "./console-session";
import { type ChallengePurpose, consumeChallenge, findChallenge, type SignInChallenge } from "./sign-in-challenge";

export type MfaSignInResult =
  | { ok: true; sessionId: string }
  /** The code was right, but the password must be changed first: a password challenge comes next. */
  | { ok: true; passwordChangeFor: Principal }
  | { ok: false; reason: "expired" | "invalid" | "passwordExpired" }
  | { ok: false; reason: "wait" | "locked"; retryAt: Date };

/**
 * The MFA step of a console sign-in: the challenge cookie's token and a code. A session exists only
 * when both hold; the code is then spent for good and the challenge consumed, each exactly once.
 */
export async function completeMfaSignIn(
  db: Db,
  input: { token: string | null | undefined; code: string; now: Date; context: RequestContext; settings: IamSettings },
): Promise<MfaSignInResult> {
  const { now, context } = input;
  const signIn = await challengedPrincipal(db, input.token, now);
  if (!signIn) return { ok: false, reason: "expired" };
  const { challenge, principal } = signIn;

  const result = await acceptMfaCode(db, {
    accountId: principal.accountId,
    target: targetOf(principal),
    code: input.code,
    now,
    settings: input.settings,
  });
  return settleMfaStep(db, { challenge, principal, result, now, context });
}

/** The password step's live challenge (of `purpose`) and its principal, or null when the sign-in has expired. */
export async function challengedPrincipal(
  db: Db,
  token: string | null | undefined,
  now: Date,
  purpose: ChallengePurpose = "mfa",
): Promise<{ challenge: SignInChallenge; principal: Principal } | null> {
  const challenge = await findChallenge(db, token, now, purpose);
  const principal = challenge && (await getPrincipal(db, challenge.accountId, challenge.userId));
  return challenge && principal ? { challenge, principal } : null;
}

/**
 * The end of an MFA step, whichever device answered (a code, a passkey): a session when it was right,
 * else the failure recorded (ConsoleLogin, and MFADeviceLockout at the lock) and told as the form shows it.
 */
export async function settleMfaStep(
  db: Db,
  input: { challenge: SignInChallenge; principal: Principal; result: { ok: true } | Exclude<MfaCodeResult, { ok: true }>; now: Date; context: RequestContext },
): Promise<MfaSignInResult> {
  const { challenge, principal, result, now, context } = input;
  if (result.ok) {
    // A code is good once across every challenge; the challenge too is good once, so of two tabs
    // sharing it with two different valid codes only one gets a session.
    if (!(await consumeChallenge(db, challenge.id, now))) return { ok: false, reason: "expired" };
    const due = await passwordChangeDue(db, principal, now);
    if (due === "hardExpired") return { ok: false, reason: "passwordExpired" };
    if (due !== "none") return { ok: true, passwordChangeFor: principal };
    return { ok: true, sessionId: await startConsoleSession(db, { principal, now, context, mfaUsed: true }) };
  }
  if (result.reason === "no-device") return { ok: false, reason: "expired" };

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
  return result.reason === "invalid" ? { ok: false, reason: "invalid" } : { ok: false, reason: result.reason, retryAt: result.retryAt };
}
