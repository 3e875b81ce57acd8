import type { DbOrTx } from "../db/types";
import { assignedTo, resolveCredentialsTarget, targetUserName } from "./credentials-target";
import { isMfaDeviceKind, type MfaDeviceKind } from "./mfa-device-kinds";
import type { Principal } from "./principal";

export type MfaDeviceSummary = {
  userName: string | null;
  serialNumber: string;
  enableDate: Date;
  kind: MfaDeviceKind;
  /** The name typed in the current console's wizard (a hardware token's is its serial number). */
  name: string;
};

/** ListMFADevices: the devices of every kind assigned to a user, or to the caller when no name is given. */
export async function listMfaDevices(
  db: DbOrTx,
  input: { actor: Principal; userName?: string | null },
): Promise<MfaDeviceSummary[]> {
  const target = await resolveCredentialsTarget(db, input.actor, input.userName, "ListMFADevices");
  const devices = await db.mfaDevice.findMany({
    where: { accountId: input.actor.accountId, ...assignedTo(target) },
    orderBy: { enabledAt: "asc" },
    select: { serialNumber: true, enabledAt: true, kind: true, name: true },
  });
  return devices.map((device) => ({
    userName: targetUserName(target),
    serialNumber: device.serialNumber,
    enableDate: device.enabledAt!,
    kind: isMfaDeviceKind(device.kind) ? device.kind : "virtual",
    name: device.name,
  }));
}
