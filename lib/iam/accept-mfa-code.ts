import type { Db } from "../db/types";
import { isLockedOut } from "../mfa/attempt-policy";
import { verifyTotp } from "../mfa/totp";
import { countFailedCode } from "./mfa-devices";
import { assignedTo, type CredentialsTarget } from "./credentials-target";
import { seedOf, TOTP_DEVICES } from "./mfa-device-kinds";
import type { IamSettings } from "./settings";

export type MfaCodeResult =
  | { ok: true; serialNumber: string; step: number }
  | { ok: false; reason: "no-device" }
  | { ok: false; reason: "invalid"; counted: true }
  /**
   * Backing off after repeated failures (`locked` from the tenth): no code is checked until
   * `retryAt`. `counted` is true when this code was checked, was wrong and started the wait.
   */
  | { ok: false; reason: "wait" | "locked"; retryAt: Date; counted: boolean };

/**
 * One MFA code, for a sign-in or an STS session: accepted at most once, by any TOTP device (an
 * authenticator app or a hardware token) assigned to `target`. Each device accepts only steps after its last accepted one, claimed by a conditional
 * update, so two concurrent submissions of one code cannot both win, on any number of instances.
 * A wrong, reused or replayed code counts as a failure on the device (attempt-policy.ts).
 */
export async function acceptMfaCode(
  db: Db,
  input: { accountId: string; target: CredentialsTarget; code: string; now: Date; settings: IamSettings; serialNumber?: string },
): Promise<MfaCodeResult> {
  const { now } = input;
  const devices = await db.mfaDevice.findMany({
    where: { accountId: input.accountId, ...assignedTo(input.target), ...TOTP_DEVICES, ...(input.serialNumber ? { serialNumber: input.serialNumber } : {}) },
  });
  if (devices.length === 0) return { ok: false, reason: "no-device" };

  const open = devices.filter((device) => !device.lockedUntil || device.lockedUntil <= now);
  if (open.length === 0) {
    const first = devices.reduce((a, b) => (a.lockedUntil! <= b.lockedUntil! ? a : b));
    return { ok: false, reason: isLockedOut(first.failedAttempts) ? "locked" : "wait", retryAt: first.lockedUntil!, counted: false };
  }

  for (const device of open) {
    const check = verifyTotp({
      seed: seedOf(device, input.settings.encryptionKey)!,
      code: input.code,
      now,
      afterStep: device.lastUsedStep,
    });
    if (!check.ok) continue;
    const { count } = await db.mfaDevice.updateMany({
      where: { id: device.id, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: check.step } }] },
      data: { lastUsedStep: check.step, failedAttempts: 0, lockedUntil: null },
    });
    if (count === 1) return { ok: true, serialNumber: device.serialNumber, step: check.step };
  }

  let result: MfaCodeResult = { ok: false, reason: "invalid", counted: true };
  for (const device of open) {
    const failure = await countFailedCode(db, device.id, now);
    if (failure.reason !== "invalid") result = { ok: false, ...failure, counted: true };
  }
  return result;
}
