import type { DbOrTx } from "../db/types";
import { assignedTo, resolveCredentialsTarget, targetUserName } from "./credentials-target";
import { noSuchDevice } from "./mfa-devices";
import type { Principal } from "./principal";

/**
 * AWS's GetMFADevice answer. `certifications` is filled for FIDO security keys only (their FIPS and
 * FIDO certification levels); a virtual device has none, so the answer leaves the map out.
 */
export type MfaDeviceDetail = { userName: string | null; serialNumber: string; enableDate: Date; certifications?: Record<string, string> };

/** GetMFADevice: a device assigned to `userName` (or to the caller), by serial number. */
export async function getMfaDevice(db: DbOrTx, input: { actor: Principal; serialNumber: string; userName?: string }): Promise<MfaDeviceDetail> {
  const target = await resolveCredentialsTarget(db, input.actor, input.userName, "iam:GetMFADevice");
  const device = await db.mfaDevice.findFirst({
    where: { accountId: input.actor.accountId, serialNumber: input.serialNumber, ...assignedTo(target) },
    select: { serialNumber: true, enabledAt: true },
  });
  if (!device?.enabledAt) throw noSuchDevice(input.serialNumber);
  return { userName: targetUserName(target), serialNumber: device.serialNumber, enableDate: device.enabledAt };
}
