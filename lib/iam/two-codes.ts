import type { Db } from "../db/types";
import { checkConsecutiveCodes, NO_CODES } from "../mfa/consecutive-codes";
import { type CredentialsTarget, targetUserName } from "./credentials-target";
import { type EventOrigin, recordCallerEvent } from "./events";
import { seedOf } from "./mfa-device-kinds";
import { countFailedCode, INVALID_CODES } from "./mfa-devices";
import type { IamSettings } from "./settings";

/** EnableMFADevice's and ResyncMFADevice's input: a device of a principal, and two consecutive codes from it. */
export type TwoCodeInput = EventOrigin & {
  /** The IAM user whose device it is; null or absent for the caller itself (the root user included). */
  userName?: string | null;
  serialNumber: string;
  code1: string;
  code2: string;
  settings: IamSettings;
};

type Device = { id: string; serialNumber: string; seedCiphertext: string | null; lastUsedStep: number | null };

/** What both actions record: whose device, which device. */
export function twoCodeParameters(target: CredentialsTarget, device: Pick<Device, "serialNumber">) {
  return { userName: targetUserName(target), serialNumber: device.serialNumber };
}

/**
 * The check EnableMFADevice and ResyncMFADevice share: code 1 and code 2 consecutive, code 2's step
 * within `window` of now and after the device's last accepted step. Returns code 2's step, the
 * device's new last accepted step. Wrong codes are recorded as the refused call and answered with
 * InvalidAuthenticationCode; `countFailure` also counts them against the device, as sign-in does.
 * A passkey or security key makes no codes: no pair is right for it, and none counts against it.
 */
export async function checkTwoCodes(
  db: Db,
  input: TwoCodeInput,
  call: {
    eventName: "EnableMFADevice" | "ResyncMFADevice";
    target: CredentialsTarget;
    device: Device;
    window: { behind: number; ahead: number };
    countFailure?: boolean;
  },
): Promise<number> {
  const { device } = call;
  const seed = seedOf(device, input.settings.encryptionKey);
  const check =
    seed === null
      ? NO_CODES
      : checkConsecutiveCodes({ seed, code1: input.code1, code2: input.code2, now: input.now, window: call.window, afterStep: device.lastUsedStep });
  if (check.ok) return check.lastStep;
  // Counted even while the device waits: a resync is how a learner gets back in (countFailedCode). A
  // passkey has no codes to get wrong.
  if (call.countFailure && seed !== null) await countFailedCode(db, device.id, input.now, { evenWhileWaiting: true });
  const error = INVALID_CODES(check.reason);
  await recordCallerEvent(db, input, call.eventName, twoCodeParameters(call.target, device), { error });
  throw error;
}
