import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";
import { assignedTo, type MfaTarget } from "./mfa-target";

export function noSuchDevice(serialNumber: string): IamError {
  return new IamError("NoSuchEntity", `MFA Device with serial number ${serialNumber} does not exist.`);
}

export const INVALID_CODES = () => new IamError("InvalidAuthenticationCode", "Authentication code for device is not valid.");

/** The account's virtual MFA device with this serial number; another account's is as good as missing. */
export async function findDevice(db: DbOrTx, accountId: string, serialNumber: string) {
  const device = await db.mfaDevice.findUnique({ where: { serialNumber } });
  if (!device || device.accountId !== accountId) throw noSuchDevice(serialNumber);
  return device;
}

export function isAssigned(device: { userId: string | null; assignedToRoot: boolean }): boolean {
  return device.userId !== null || device.assignedToRoot;
}

/**
 * LimitExceeded when `target` has more than `max` devices assigned. Called before a change with
 * max = limit - 1, and again inside the assigning transaction with max = limit, which rolls back
 * the loser of two concurrent assignments.
 */
export async function assertDeviceCount(db: DbOrTx, accountId: string, target: MfaTarget, max: number, limit: number): Promise<void> {
  if ((await db.mfaDevice.count({ where: { accountId, ...assignedTo(target) } })) > max) {
    throw new IamError("LimitExceeded", `Cannot exceed quota for MFADevicesPerUser: ${limit}.`);
  }
}
