import type { Db } from "../db/types";
import { RESYNC_WINDOW } from "../mfa/consecutive-codes";
import { recordCallerEvent } from "./events";
import { findDevice, INVALID_CODES, noSuchDevice } from "./mfa-devices";
import { assignedTo, resolveCredentialsTarget } from "./credentials-target";
import { checkTwoCodes, type TwoCodeInput, twoCodeParameters } from "./two-codes";

export type ResyncMfaDeviceInput = TwoCodeInput;

/**
 * ResyncMFADevice: two consecutive codes from a device whose clock drifted (up to ten steps either
 * way) bring it back, and clear its failed attempts and lock.
 */
export async function resyncMfaDevice(db: Db, input: ResyncMfaDeviceInput): Promise<void> {
  const { actor } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "iam:ResyncMFADevice");
  const device = await findDevice(db, actor.accountId, input.serialNumber);
  const mine = await db.mfaDevice.count({ where: { id: device.id, ...assignedTo(target) } });
  if (mine !== 1) throw noSuchDevice(input.serialNumber);
  // Wrong resync codes count against the device like wrong sign-in codes; the lock itself does not
  // stop a resync, which needs two consecutive codes and is how a learner gets back in.
  const lastStep = await checkTwoCodes(db, input, { eventName: "ResyncMFADevice", target, device, window: RESYNC_WINDOW, countFailure: true });
  await db.$transaction(async (tx) => {
    // Conditional on the last accepted step: a code accepted meanwhile elsewhere is not spent twice.
    const { count } = await tx.mfaDevice.updateMany({
      where: { id: device.id, lastUsedStep: device.lastUsedStep },
      data: { lastUsedStep: lastStep, failedAttempts: 0, lockedUntil: null },
    });
    if (count !== 1) throw INVALID_CODES();
    await recordCallerEvent(tx, input, "ResyncMFADevice", twoCodeParameters(target, device));
  });
}
