import type { Db } from "../db/types";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { findManageableDevice, isAssigned, noSuchDevice } from "./mfa-devices";
import type { Principal, RequestContext } from "./principal";

/**
 * DeleteVirtualMFADevice: only an unassigned device, and only one the actor may manage.
 */
export async function deleteVirtualMfaDevice(
  db: Db,
  input: { actor: Principal; serialNumber: string; now: Date; context: RequestContext },
): Promise<void> {
  const { actor } = input;
  const device = await findManageableDevice(db, actor, input.serialNumber, "iam:DeleteVirtualMFADevice");
  if (device.kind !== "virtual") throw noSuchDevice(input.serialNumber);
  if (isAssigned(device)) throw new IamError("DeleteConflict", "MFA VirtualDevice in use. Must deactivate first");
  await db.$transaction(async (tx) => {
    const { count } = await tx.mfaDevice.deleteMany({ where: { id: device.id, userId: null, assignedToRoot: false } });
    if (count !== 1) throw new IamError("DeleteConflict", "MFA VirtualDevice in use. Must deactivate first");
    await recordCallerEvent(tx, input, "DeleteVirtualMFADevice", { serialNumber: device.serialNumber });
  });
}
