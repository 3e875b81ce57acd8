import { serializableTransaction } from "../db/transactions";
import type { Db } from "../db/types";
import { checkConsecutiveCodes, NO_CODES } from "../mfa/consecutive-codes";
import { IamError } from "./errors";
import { EVENT_SOURCE, recordEvent } from "./events";
import { mfaDeviceLimit } from "./mfa-device-limit";
import { assertDeviceCount, findDevice, INVALID_CODES, isAssigned } from "./mfa-devices";
import { resolveCredentialsTarget, targetUserName } from "./credentials-target";
import { seedOf } from "./mfa-device-kinds";
import type { Principal, RequestContext } from "./principal";
import type { IamSettings } from "./settings";

export type EnableMfaDeviceInput = {
  actor: Principal;
  /** The IAM user to assign to; null or absent for the caller itself (the root user included). */
  userName?: string | null;
  serialNumber: string;
  code1: string;
  code2: string;
  settings: IamSettings;
  now: Date;
  context: RequestContext;
};

const inUse = () => new IamError("EntityAlreadyExists", "MFA Device is already in use.");

/**
 * EnableMFADevice: assigns a virtual device after two consecutive codes. The device records the
 * step of code 2 as its last accepted step, so neither code can be used again, at sign-in or here.
 */
export async function enableMfaDevice(db: Db, input: EnableMfaDeviceInput): Promise<{ assignedToCaller: boolean }> {
  const { actor, now, context } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "EnableMFADevice");
  const device = await findDevice(db, actor.accountId, input.serialNumber);
  if (isAssigned(device)) throw inUse();
  const limit = mfaDeviceLimit(actor.consoleVersion, input.settings);
  await assertDeviceCount(db, actor.accountId, target, limit - 1, limit);

  const event = {
    accountId: actor.accountId,
    eventName: "EnableMFADevice",
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
    afterStep: device.lastUsedStep,
  });
  if (!check.ok) {
    const error = INVALID_CODES();
    await recordEvent(db, { ...event, errorCode: error.code, errorMessage: error.message });
    throw error;
  }

  await serializableTransaction(db, async (tx) => {
    // Conditional on the device still being free: of two concurrent assignments only one wins.
    const { count } = await tx.mfaDevice.updateMany({
      where: { id: device.id, userId: null, assignedToRoot: false },
      data: {
        userId: target.kind === "user" ? target.userId : null,
        assignedToRoot: target.kind === "root",
        enabledAt: now,
        lastUsedStep: check.lastStep,
        failedAttempts: 0,
        lockedUntil: null,
      },
    });
    if (count !== 1) throw inUse();
    await assertDeviceCount(tx, actor.accountId, target, limit, limit);
    await recordEvent(tx, event);
  });
  return { assignedToCaller: target.kind === "root" ? actor.isRoot : target.userId === actor.userId };
}
