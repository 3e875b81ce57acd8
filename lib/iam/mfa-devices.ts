import type { DbOrTx } from "../db/types";
import { isLockedOut, lockedUntilAfterFailure } from "../mfa/attempt-policy";
import { accessDenied, mayManageVirtualMfaDevice } from "./authorization";
import { IamError } from "./errors";
import { assignedTo, type CredentialsTarget, principalKey } from "./credentials-target";
import type { Principal } from "./principal";

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
export async function assertDeviceCount(db: DbOrTx, accountId: string, target: CredentialsTarget, max: number, limit: number): Promise<void> {
  if ((await db.mfaDevice.count({ where: { accountId, ...assignedTo(target) } })) > max) {
    throw new IamError("LimitExceeded", `Cannot exceed quota for MFADevicesPerUser: ${limit}.`);
  }
}

/** Whether `target` has an assigned MFA device, so signing in needs a code. */
export async function hasAssignedMfa(db: DbOrTx, accountId: string, target: CredentialsTarget): Promise<boolean> {
  return (await db.mfaDevice.count({ where: { accountId, ...assignedTo(target) } })) > 0;
}

/** Counts one wrong code against the device and starts the wait or lock the attempt policy sets. */
export async function countFailedCode(
  db: DbOrTx,
  deviceId: string,
  now: Date,
): Promise<{ reason: "invalid" } | { reason: "wait" | "locked"; retryAt: Date }> {
  const { failedAttempts } = await db.mfaDevice.update({
    where: { id: deviceId },
    data: { failedAttempts: { increment: 1 } },
    select: { failedAttempts: true },
  });
  const retryAt = lockedUntilAfterFailure(failedAttempts, now);
  if (!retryAt) return { reason: "invalid" };
  await db.mfaDevice.update({ where: { id: deviceId }, data: { lockedUntil: retryAt } });
  return { reason: isLockedOut(failedAttempts) ? "locked" : "wait", retryAt };
}

/** The device, if the actor may manage it (authorization.ts's rule). */
export async function findManageableDevice(db: DbOrTx, actor: Principal, serialNumber: string, action: string) {
  const device = await findDevice(db, actor.accountId, serialNumber);
  const assignedToPrincipal = actor.isRoot ? device.assignedToRoot : device.userId === actor.userId;
  if (!mayManageVirtualMfaDevice(actor, { name: device.name, path: device.path, assignedToPrincipal })) throw accessDenied(actor, action);
  return device;
}
