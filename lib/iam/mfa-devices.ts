import type { DbOrTx } from "../db/types";
import { isLockedOut, lockedUntilAfterFailure, MFA_LOCKOUT_AFTER_FAILURES } from "../mfa/attempt-policy";
import { authorize } from "./authorize";
import type { Action } from "./iam-actions";
import { IamError } from "./errors";
import { assignedTo, type CredentialsTarget, principalKey } from "./credentials-target";
import { type MfaFailure, waitFailure } from "../mfa/mfa-failure";
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
    // AWS's quota template, as its AccessKeysPerUser message shows it: no full stop.
    throw new IamError("LimitExceeded", `Cannot exceed quota for MFADevicesPerUser: ${limit}`);
  }
}

/** Whether `target` has an assigned MFA device, so signing in needs a code. */
export async function hasAssignedMfa(db: DbOrTx, accountId: string, target: CredentialsTarget): Promise<boolean> {
  return (await db.mfaDevice.count({ where: { accountId, ...assignedTo(target) } })) > 0;
}

export type FailedCodeOutcome =
  | { ok: false; reason: "invalid"; counted: true }
  /** `counted`: this failure started the wait; otherwise the device was already waiting and this code was not checked. */
  | (Extract<MfaFailure, { retryAt: Date }> & { counted: boolean });

/** Lost races before a failure gives up being counted; each round, one concurrent failure wins. */
const MAX_COUNT_ROUNDS = 2 * MFA_LOCKOUT_AFTER_FAILURES;

/** Prisma's filter for a device not waiting at `now`: what every accepted code or passkey answer is claimed with. */
export const openAt = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] });

/** The wait a device is in at `now`, if any. */
export function waitOf(device: { failedAttempts: number; lockedUntil: Date | null }, now: Date): FailedCodeOutcome | null {
  if (!device.lockedUntil || device.lockedUntil <= now) return null;
  return { ...waitFailure(isLockedOut(device.failedAttempts) ? "locked" : "wait", device.lockedUntil, now), counted: false };
}

/** Of several devices all waiting, the one that opens first. */
export function soonestWait(outcomes: FailedCodeOutcome[]): Extract<FailedCodeOutcome, { retryAt: Date }> {
  const waits = outcomes.filter((outcome): outcome is Extract<FailedCodeOutcome, { retryAt: Date }> => outcome.reason !== "invalid");
  return waits.reduce((a, b) => (a.retryAt <= b.retryAt ? a : b));
}

/**
 * Counts one wrong code against the device and starts the wait or lock the attempt policy sets, in one
 * step with the decision that the code could be checked at all: the update holds only if the count and
 * the wait are still what this call read (compare-and-set, retried on a lost race), so of any number of
 * concurrent failures, on any number of instances, none is counted while the device waits. A resync
 * counts `evenWhileWaiting`: the lock does not stop it (two consecutive codes are proof enough).
 */
export async function countFailedCode(db: DbOrTx, deviceId: string, now: Date, { evenWhileWaiting = false } = {}): Promise<FailedCodeOutcome> {
  for (let round = 0; round < MAX_COUNT_ROUNDS; round++) {
    const device = await db.mfaDevice.findUniqueOrThrow({ where: { id: deviceId }, select: { failedAttempts: true, lockedUntil: true } });
    const waiting = waitOf(device, now);
    if (waiting && !evenWhileWaiting) return waiting;
    const failures = device.failedAttempts + 1;
    const retryAt = lockedUntilAfterFailure(failures, now);
    const { count } = await db.mfaDevice.updateMany({
      where: { id: deviceId, failedAttempts: device.failedAttempts, lockedUntil: device.lockedUntil },
      data: { failedAttempts: failures, lockedUntil: retryAt },
    });
    if (count === 1) {
      if (!retryAt) return { ok: false, reason: "invalid", counted: true };
      return { ...waitFailure(isLockedOut(failures) ? "locked" : "wait", retryAt, now), counted: true };
    }
  }
  // Never reached under the policy (each lost round is another failure counted, and the fifth starts a
  // wait); if it were, the code is refused unchecked, as during a wait.
  return { ...waitFailure("wait", new Date(now.getTime() + 1000), now), counted: false };
}

/**
 * The device `serialNumber`, once the policies let the caller perform `action` on it: decided on the
 * serial number before the device is looked up, so a refused caller learns nothing of it.
 */
export async function findManageableDevice(db: DbOrTx, actor: Principal, serialNumber: string, action: Action) {
  await authorize(db, actor, action, { kind: "mfa", arn: serialNumber, named: serialNumber });
  return findDevice(db, actor.accountId, serialNumber);
}
