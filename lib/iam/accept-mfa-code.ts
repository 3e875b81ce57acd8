import type { Db } from "../db/types";
import type { MfaFailure } from "../mfa/mfa-failure";
import { decryptSecret } from "../mfa/secret-crypto";
import { verifyTotp } from "../mfa/totp";
import { countFailedCode, type FailedCodeOutcome, waitOf } from "./mfa-devices";
import { assignedTo, type CredentialsTarget } from "./credentials-target";
import type { IamSettings } from "./settings";

/** `counted`: this code was checked, was wrong and counts against the device (it may have started the wait). */
export type MfaCodeResult = { ok: true; serialNumber: string; step: number } | (Exclude<MfaFailure, { reason: "malformed" | "expired" }> & { counted: boolean });

const openAt = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] });

/**
 * One MFA code, for a sign-in or an STS session: accepted at most once, by any device assigned to
 * `target`. Each device accepts only steps after its last accepted one, and only while it is not
 * waiting, both claimed by one conditional update, so two concurrent submissions of one code cannot
 * both win, on any number of instances. A wrong, reused or replayed code counts as a failure on the
 * device, in the same step as the check that the device is open (countFailedCode); a code that
 * arrives while it waits is neither checked nor counted (attempt-policy.ts).
 */
export async function acceptMfaCode(
  db: Db,
  input: { accountId: string; target: CredentialsTarget; code: string; now: Date; settings: IamSettings; serialNumber?: string },
): Promise<MfaCodeResult> {
  const { now } = input;
  const devices = await db.mfaDevice.findMany({
    where: { accountId: input.accountId, ...assignedTo(input.target), ...(input.serialNumber ? { serialNumber: input.serialNumber } : {}) },
  });
  if (devices.length === 0) return { ok: false, reason: "no-device", counted: false };

  const openDevices = devices.filter((device) => !waitOf(device, now));
  if (openDevices.length === 0) return soonestWait(devices.map((device) => waitOf(device, now)!));

  for (const device of openDevices) {
    const check = verifyTotp({
      seed: decryptSecret(device.seedCiphertext, input.settings.encryptionKey),
      code: input.code,
      now,
      afterStep: device.lastUsedStep,
    });
    if (!check.ok) continue;
    const { count } = await db.mfaDevice.updateMany({
      where: { id: device.id, AND: [{ OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: check.step } }] }, openAt(now)] },
      data: { lastUsedStep: check.step, failedAttempts: 0, lockedUntil: null },
    });
    if (count === 1) return { ok: true, serialNumber: device.serialNumber, step: check.step };
  }

  const outcomes = [];
  for (const device of openDevices) outcomes.push(await countFailedCode(db, device.id, now));
  const counted = outcomes.filter((outcome) => outcome.counted);
  if (counted.length === 0) return soonestWait(outcomes);
  return counted.find((outcome) => outcome.reason !== "invalid") ?? counted[0]!;
}

/** Of several devices all waiting, the one that opens first. */
function soonestWait(outcomes: FailedCodeOutcome[]): Extract<FailedCodeOutcome, { retryAt: Date }> {
  const waits = outcomes.filter((outcome): outcome is Extract<FailedCodeOutcome, { retryAt: Date }> => outcome.reason !== "invalid");
  return waits.reduce((a, b) => (a.retryAt <= b.retryAt ? a : b));
}
