import type { Db } from "../db/types";
import { checkConsecutiveCodes, NO_CODES, RESYNC_WINDOW } from "../mfa/consecutive-codes";
import { EVENT_SOURCE, recordEvent } from "./events";
import { countFailedCode, findDevice, INVALID_CODES, noSuchDevice } from "./mfa-devices";
import { assignedTo, resolveCredentialsTarget, targetUserName } from "./credentials-target";
import { seedOf } from "./mfa-device-kinds";
import type { Principal, RequestContext } from "./principal";
import type { IamSettings } from "./settings";

export type ResyncMfaDeviceInput = {
  actor: Principal;
  userName?: string | null;
  serialNumber: string;
  code1: string;
  code2: string;
  settings: IamSettings;
  now: Date;
  context: RequestContext;
};

/**
 * ResyncMFADevice: two consecutive codes from a device whose clock drifted (up to ten steps either
 * way) bring it back, and clear its failed attempts and lock.
 */
export async function resyncMfaDevice(db: Db, input: ResyncMfaDeviceInput): Promise<void> {
  const { actor, now, context } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "ResyncMFADevice");
  const device = await findDevice(db, actor.accountId, input.serialNumber);
  const mine = await db.mfaDevice.count({ where: { id: device.id, ...assignedTo(target) } });
  if (mine !== 1) throw noSuchDevice(input.serialNumber);

  const event = {
    accountId: actor.accountId,
    eventName: "ResyncMFADevice",
    eventSource: EVENT_SOURCE.iam,
    now,
    context,
    principal: actor,
    requestParameters: { userName: targetUserName(target), serialNumber: device.serialNumber },
  };
  // A passkey or security key makes no codes: no pair is right for it.
  const seed = seedOf(device, input.settings.encryptionKey);
  const check = seed === null ? NO_CODES : checkConsecutiveCodes({
    seed,
    code1: input.code1,
    code2: input.code2,
    now,
    window: RESYNC_WINDOW,
    afterStep: device.lastUsedStep,
  });
  if (!check.ok) {
    // Wrong resync codes count against the device like wrong sign-in codes; the lock itself does
    // not stop a resync, which needs two consecutive codes and is how a learner gets back in.
    if (seed !== null) await countFailedCode(db, device.id, now);
    const error = INVALID_CODES();
    await recordEvent(db, { ...event, errorCode: error.code, errorMessage: error.message });
    throw error;
  }
  await db.$transaction(async (tx) => {
    // Conditional on the last accepted step: a code accepted meanwhile elsewhere is not spent twice.
    const { count } = await tx.mfaDevice.updateMany({
      where: { id: device.id, lastUsedStep: device.lastUsedStep },
      data: { lastUsedStep: check.lastStep, failedAttempts: 0, lockedUntil: null },
    });
    if (count !== 1) throw INVALID_CODES();
    await recordEvent(tx, event);
  });
}
