import type { DbOrTx } from "../db/types";
import { assignedTo, resolveCredentialsTarget, targetUserName } from "./credentials-target";
import type { Principal } from "./principal";

export type MfaDeviceSummary = { userName: string | null; serialNumber: string; enableDate: Date };

/** ListMFADevices: the devices assigned to a user, or to the caller when no name is given. */
export async function listMfaDevices(
  db: DbOrTx,
  input: { actor: Principal; userName?: string | null },
): Promise<MfaDeviceSummary[]> {
  const target = await resolveCredentialsTarget(db, input.actor, input.userName, "ListMFADevices");
  const devices = await db.mfaDevice.findMany({
    where: { accountId: input.actor.accountId, ...assignedTo(target) },
    orderBy: { enabledAt: "asc" },
    select: { serialNumber: true, enabledAt: true },
  });
  return devices.map((device) => ({
    userName: targetUserName(target),
    serialNumber: device.serialNumber,
    enableDate: device.enabledAt!,
  }));
}
