import "server-only";
import type { Db } from "../db/types";
import { isIamError } from "../iam/errors";
import { devicesOfSignIn } from "../iam/list-mfa-devices";
import type { RequestContext } from "../iam/principal";
import { resyncMfaDevice } from "../iam/resync-mfa-device";
import type { IamSettings } from "../iam/settings";
import { challengedPrincipal } from "./sign-in-challenge";

/**
 * Troubleshoot MFA after the password step: resyncs the principal's TOTP device with two consecutive
 * codes. The challenge is the authority here, since there is no session yet; it stays open, so the
 * learner then signs in with the next code.
 */
export async function resyncFromChallenge(
  db: Db,
  /** `realNow`: the real time; the resync runs at the account's own (the challenge's `now`). */
  input: { token: string | null | undefined; code1: string; code2: string; realNow?: Date; context: RequestContext; settings: IamSettings },
): Promise<"resynced" | "invalid" | "expired"> {
  const signIn = await challengedPrincipal(db, input.token, "mfa", input.realNow);
  if (!signIn) return "expired";
  const { challenge, principal } = signIn;
  const totpDevices = (await devicesOfSignIn(db, principal)).filter((device) => device.kind !== "fido");
  for (const device of totpDevices) {
    try {
      await resyncMfaDevice(db, { ...input, now: challenge.now, actor: principal, serialNumber: device.serialNumber });
      return "resynced";
    } catch (error) {
      if (!isIamError(error) || error.code !== "InvalidAuthenticationCode") throw error;
    }
  }
  return "invalid";
}
