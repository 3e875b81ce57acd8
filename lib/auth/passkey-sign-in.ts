import "server-only";
import type { Db } from "../db/types";
import { targetOf } from "../iam/credentials-target";
import { countFailedCode } from "../iam/mfa-devices";
import type { RequestContext } from "../iam/principal";
import { fidoCredentialsOf } from "../iam/register-security-key";
import { startCeremony, takeCeremony } from "../iam/webauthn-challenges";
import { isLockedOut } from "../mfa/attempt-policy";
import {
  type AuthenticationResponseJSON,
  authenticationOptions,
  challengeOf,
  type PublicKeyCredentialRequestOptionsJSON,
  type RelyingParty,
  verifyAuthentication,
} from "../mfa/webauthn";
import { challengedPrincipal, type MfaSignInResult, settleMfaStep } from "./mfa-sign-in";

// "Use passkey or security key" at the MFA step of a sign-in: a WebAuthn authentication bound to the
// password step's challenge. Each passkey or security key is a device with its own failed-attempt count
// and lock (attempt-policy.ts), as each authenticator app is; its signature counter stops replays.

export type PasskeyOptions =
  | { ok: true; options: PublicKeyCredentialRequestOptionsJSON }
  | { ok: false; reason: "expired" | "no-device" }
  | { ok: false; reason: "wait" | "locked"; retryAt: Date };

/** The options navigator.credentials.get() takes, allowing the principal's keys that are not locked. */
export async function startPasskeySignIn(
  db: Db,
  input: { token: string | null | undefined; rp: RelyingParty; now: Date },
): Promise<PasskeyOptions> {
  const { now } = input;
  const signIn = await challengedPrincipal(db, input.token, now);
  if (!signIn) return { ok: false, reason: "expired" };
  const { challenge, principal } = signIn;
  const keys = await fidoCredentialsOf(db, principal.accountId, targetOf(principal));
  if (keys.length === 0) return { ok: false, reason: "no-device" };
  const open = keys.filter((key) => !key.lockedUntil || key.lockedUntil <= now);
  if (open.length === 0) {
    const first = keys.reduce((a, b) => (a.lockedUntil! <= b.lockedUntil! ? a : b));
    return { ok: false, reason: isLockedOut(first.failedAttempts) ? "locked" : "wait", retryAt: first.lockedUntil! };
  }
  const ceremony = await startCeremony(db, {
    purpose: "authentication",
    accountId: principal.accountId,
    userId: principal.userId,
    signInChallengeId: challenge.id,
    rp: input.rp,
    now,
  });
  return { ok: true, options: await authenticationOptions({ rp: input.rp, challenge: ceremony, allow: open }) };
}

/**
 * The browser's answer: the ceremony is taken once, the answering key must be one of the principal's and
 * not locked, the signature and a counter above the stored one must hold; then the sign-in completes as
 * with a code. A wrong answer counts against that key.
 */
export async function completePasskeySignIn(
  db: Db,
  input: { token: string | null | undefined; response: AuthenticationResponseJSON; now: Date; context: RequestContext },
): Promise<MfaSignInResult> {
  const { now, context } = input;
  const signIn = await challengedPrincipal(db, input.token, now);
  if (!signIn) return { ok: false, reason: "expired" };
  const { challenge, principal } = signIn;
  const settle = (result: Parameters<typeof settleMfaStep>[1]["result"]) => settleMfaStep(db, { challenge, principal, result, now, context });

  const ceremony = await takeCeremony(db, {
    challenge: challengeOf(input.response),
    purpose: "authentication",
    now,
    bound: { signInChallengeId: challenge.id },
  });
  if (!ceremony) return { ok: false, reason: "invalid" };
  const key = (await fidoCredentialsOf(db, principal.accountId, targetOf(principal))).find((k) => k.credentialId === input.response.id);
  if (!key) return { ok: false, reason: "invalid" };
  if (key.lockedUntil && key.lockedUntil > now) {
    return { ok: false, reason: isLockedOut(key.failedAttempts) ? "locked" : "wait", retryAt: key.lockedUntil };
  }

  const verified = await verifyAuthentication({ response: input.response, expectedChallenge: ceremony.challenge, rp: ceremony.rp, credential: key });
  // Conditional on the counter read: of two answers verified at once, only one moves it.
  const claimed =
    verified &&
    (await db.mfaDevice.updateMany({
      where: { id: key.id, signCount: key.signCount },
      data: { signCount: verified.signCount, failedAttempts: 0, lockedUntil: null },
    })).count === 1;
  if (claimed) return settle({ ok: true });
  const failure = await countFailedCode(db, key.id, now);
  return settle(failure.reason === "invalid" ? { ok: false, reason: "invalid", counted: true } : { ok: false, ...failure, counted: true });
}
