import type { Db } from "../db/types";
import type { MfaFailure } from "../mfa/mfa-failure";
import { verifyTotp } from "../mfa/totp";
import { countFailedCode, openAt, soonestWait, waitOf } from "./mfa-devices";
import { assignedTo, type CredentialsTarget } from "./credentials-target";
import { seedOf, TOTP_DEVICES } from "./mfa-device-kinds";
import type { IamSettings } from "./settings";

/** `counted`: this code was checked, was wrong and counts against the device (it may have started the wait). */
export type MfaCodeResult = { ok: true; serialNumber: string; step: number } | (Exclude<MfaFailure, { reason: "malformed" | "expired" }> & { counted: boolean });

/**
 * One MFA code, for a sign-in or an STS session: accepted at most once, by any TOTP device (an
 * authenticator app or a hardware token) assigned to `target`. Each device accepts only steps after its
 * last accepted one, and only while it is not waiting, both claimed by one conditional update, so two
 * concurrent submissions of one code cannot both win, on any number of instances. A wrong, reused or
 * replayed code counts as a failure on the device, in the same step as the check that the device is
 * open (countFailedCode); a code that arrives while it waits is neither checked nor counted
 * (attempt-policy.ts).
 */
export async function acceptMfaCode(
  db: Db,
  input: { accountId: string; target: CredentialsTarget; code: string; now: Date; settings: IamSettings; serialNumber?: string },
): Promise<MfaCodeResult> {
  const { now } = input;
  const devices = await db.mfaDevice.findMany({
    where: { accountId: input.accountId, ...assignedTo(input.target), ...TOTP_DEVICES, ...(input.serialNumber ? { serialNumber: input.serialNumber } : {}) },
  });
  if (devices.length === 0) return { ok: false, reason: "no-device", counted: false };

  const openDevices = devices.filter((device) => !waitOf(device, now));
  if (openDevices.length === 0) return soonestWait(devices.map((device) => waitOf(device, now)!));

  // A code right for a step its device accepted already: refused as any wrong code, but the learner
  // is told to wait for the next one (typically the code still on screen right after assigning).
  let codeUsed = false;
  for (const device of openDevices) {
    const seed = seedOf(device, input.settings.encryptionKey)!;
    const check = verifyTotp({ seed, code: input.code, now, afterStep: device.lastUsedStep });
    if (!check.ok) {
      codeUsed ||= device.lastUsedStep !== null && verifyTotp({ seed, code: input.code, now }).ok;
      continue;
    }
    const { count } = await db.mfaDevice.updateMany({
      where: { id: device.id, AND: [{ OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: check.step } }] }, openAt(now)] },
      data: { lastUsedStep: check.step, failedAttempts: 0, lockedUntil: null },
    });
    if (count === 1) return { ok: true, serialNumber: device.serialNumber, step: check.step };
    codeUsed = true;
  }

  const outcomes = [];
  for (const device of openDevices) outcomes.push(await countFailedCode(db, device.id, now));
  const counted = outcomes.filter((outcome) => outcome.counted);
  if (counted.length === 0) return soonestWait(outcomes);
  return counted.find((outcome) => outcome.reason !== "invalid") ?? { ...counted[0]!, ...(codeUsed ? { codeUsed } : {}) };
}
