import "server-only";
import type { Db } from "../db/types";
import { isIamError } from "../iam/errors";
import { getPrincipal } from "../iam/get-principal";
import { listMfaDevices } from "../iam/list-mfa-devices";
import type { RequestContext } from "../iam/principal";
import { resyncMfaDevice } from "../iam/resync-mfa-device";
import type { IamSettings } from "../iam/settings";
import { findChallenge } from "./sign-in-challenge";

/**
 * Troubleshoot MFA after the password step: resyncs the principal's device with two consecutive
 * codes. The challenge is the authority here, since there is no session yet; it stays open, so the
 * learner then signs in with the next code.
 */
export async function resyncFromChallenge(
  db: Db,
  /** `realNow`: the real time; the resync runs at the account's own (the challenge's `now`). */
  input: { token: string | null | undefined; code1: string; code2: string; realNow?: Date; context: RequestContext; settings: IamSettings },
): Promise<"resynced" | "invalid" | "expired"> {
  const challenge = await findChallenge(db, input.token, "mfa", input.realNow);
  const principal = challenge && (await getPrincipal(db, challenge.accountId, challenge.userId));
  if (!challenge || !principal) return "expired";
  for (const device of await listMfaDevices(db, { actor: principal })) {
    try {
      await resyncMfaDevice(db, { ...input, now: challenge.now, actor: principal, serialNumber: device.serialNumber });
      return "resynced";
    } catch (error) {
      if (!isIamError(error) || error.code !== "InvalidAuthenticationCode") throw error;
    }
  }
  return "invalid";
}
