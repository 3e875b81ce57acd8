import "server-only";
import type { Db } from "../db/types";
import { targetOf } from "../iam/credentials-target";
import { countFailedCode, openAt, soonestWait, waitOf } from "../iam/mfa-devices";
import type { RequestContext } from "../iam/principal";
import { fidoCredentialsOf } from "../iam/register-security-key";
import { startCeremony, takeCeremony } from "../iam/webauthn-challenges";
import type { MfaFailure } from "../mfa/mfa-failure";
import {
  type AuthenticationResponseJSON,
  authenticationOptions,
  challengeOf,
  type PublicKeyCredentialRequestOptionsJSON,
  type RelyingParty,
  verifyAuthentication,
} from "../mfa/webauthn";
import { type MfaSignInOutcome, settleMfaStep } from "./mfa-sign-in";
import { challengedPrincipal } from "./sign-in-challenge";

// "Use passkey or security key" at the MFA step of a sign-in: a WebAuthn authentication bound to the
// password step's challenge, at the account's time (the challenge's `now`), as a code is. Each passkey
// or security key is a device with its own failed-attempt count and lock (attempt-policy.ts), counted
// and claimed with the same atomic steps as an authenticator app's (mfa-devices.ts); its signature
// counter stops replays. A refusal is an MfaFailure, as a code's is.

export type PasskeyOptions = { ok: true; options: PublicKeyCredentialRequestOptionsJSON } | MfaFailure;

/** The options navigator.credentials.get() takes, allowing the principal's keys that are not waiting. */
export async function startPasskeySignIn(
  db: Db,
  /** `realNow`: the real time; the ceremony runs at the account's own (the challenge's `now`). */
  input: { token: string | null | undefined; rp: RelyingParty; realNow?: Date },
): Promise<PasskeyOptions> {
  const signIn = await challengedPrincipal(db, input.token, "mfa", input.realNow);
  if (!signIn) return { ok: false, reason: "expired" };
  const { challenge, principal } = signIn;
  const { now } = challenge;
  const keys = await fidoCredentialsOf(db, principal.accountId, targetOf(principal));
  if (keys.length === 0) return { ok: false, reason: "no-device" };
  const open = keys.filter((key) => !waitOf(key, now));
  if (open.length === 0) return soonestWait(keys.map((key) => waitOf(key, now)!));
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
 * open, the signature and a counter above the stored one must hold; then the sign-in completes as with a
 * code (a password that must change included). A wrong answer counts against that key.
 */
export async function completePasskeySignIn(
  db: Db,
  /** `realNow`: the real time; the step runs at the account's own (the challenge's `now`). */
  input: { token: string | null | undefined; response: AuthenticationResponseJSON; realNow?: Date; context: RequestContext },
): Promise<MfaSignInOutcome> {
  const signIn = await challengedPrincipal(db, input.token, "mfa", input.realNow);
  if (!signIn) return { ok: false, reason: "expired" };
  const { challenge, principal } = signIn;
  const { now } = challenge;
  const settle = (result: Parameters<typeof settleMfaStep>[1]["result"]) => settleMfaStep(db, { challenge, principal, result, context: input.context });

  const ceremony = await takeCeremony(db, {
    challenge: challengeOf(input.response),
    purpose: "authentication",
    now,
    bound: { signInChallengeId: challenge.id },
  });
  if (!ceremony) return { ok: false, reason: "invalid" };
  const key = (await fidoCredentialsOf(db, principal.accountId, targetOf(principal))).find((k) => k.credentialId === input.response.id);
  if (!key) return { ok: false, reason: "invalid" };
  const waiting = waitOf(key, now);
  if (waiting) return settle(waiting);

  const verified = await verifyAuthentication({ response: input.response, expectedChallenge: ceremony.challenge, rp: ceremony.rp, credential: key });
  // Conditional on the counter read and on the key being open, in one step: of two answers verified at
  // once only one moves the counter, and none is taken while the key waits.
  const claimed =
    verified &&
    (await db.mfaDevice.updateMany({
      where: { id: key.id, signCount: key.signCount, ...openAt(now) },
      data: { signCount: verified.signCount, failedAttempts: 0, lockedUntil: null },
    })).count === 1;
  if (claimed) return settle({ ok: true });
  return settle(await countFailedCode(db, key.id, now));
}
