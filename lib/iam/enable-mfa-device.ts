import { serializableTransaction } from "../db/transactions";
import type { Db } from "../db/types";
import { ENABLE_WINDOW } from "../mfa/consecutive-codes";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { assertDeviceCount, findDevice, isAssigned } from "./mfa-devices";
import { mfaDevicesPerUserQuota } from "./quotas";
import { resolveCredentialsTarget } from "./credentials-target";
import { checkTwoCodes, type TwoCodeInput, twoCodeParameters } from "./two-codes";

export type EnableMfaDeviceInput = TwoCodeInput;

const inUse = () => new IamError("EntityAlreadyExists", "MFA Device is already in use.");

/**
 * EnableMFADevice: assigns a virtual device after two consecutive codes. The device records the
 * step of code 2 as its last accepted step, so neither code can be used again, at sign-in or here.
 */
export async function enableMfaDevice(db: Db, input: EnableMfaDeviceInput): Promise<{ assignedToCaller: boolean }> {
  const { actor, now } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "iam:EnableMFADevice");
  const device = await findDevice(db, actor.accountId, input.serialNumber);
  if (isAssigned(device)) throw inUse();
  const limit = mfaDevicesPerUserQuota(input.settings, actor);
  await assertDeviceCount(db, actor.accountId, target, limit - 1, limit);
  const lastStep = await checkTwoCodes(db, input, { eventName: "EnableMFADevice", target, device, window: ENABLE_WINDOW });

  await serializableTransaction(db, async (tx) => {
    // Conditional on the device still being free: of two concurrent assignments only one wins.
    const { count } = await tx.mfaDevice.updateMany({
      where: { id: device.id, userId: null, assignedToRoot: false },
      data: {
        userId: target.kind === "user" ? target.userId : null,
        assignedToRoot: target.kind === "root",
        enabledAt: now,
        lastUsedStep: lastStep,
        failedAttempts: 0,
        lockedUntil: null,
      },
    });
    if (count !== 1) throw inUse();
    await assertDeviceCount(tx, actor.accountId, target, limit, limit);
    await recordCallerEvent(tx, input, "EnableMFADevice", twoCodeParameters(target, device));
  });
  return { assignedToCaller: target.kind === "root" ? actor.isRoot : target.userId === actor.userId };
}
