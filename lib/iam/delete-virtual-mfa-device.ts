import type { Db } from "../db/types";
import { accessDenied, isAccountAdministrator } from "./authorization";
import { IamError } from "./errors";
import { EVENT_SOURCE, recordEvent } from "./events";
import { findDevice, isAssigned } from "./mfa-devices";
import { principalKey } from "./mfa-target";
import type { Principal, RequestContext } from "./principal";

/**
 * DeleteVirtualMFADevice. Administrators delete any device; other users only unassigned devices
 * they created or that were set up for them.
 */
export async function deleteVirtualMfaDevice(
  db: Db,
  input: { actor: Principal; serialNumber: string; now: Date; context: RequestContext },
): Promise<void> {
  const { actor, now, context } = input;
  const device = await findDevice(db, actor.accountId, input.serialNumber);
  const own = [device.createdBy, device.createdByWizardOf].includes(principalKey(actor));
  if (!isAccountAdministrator(actor) && !own) throw accessDenied(actor, "DeleteVirtualMFADevice");
  if (isAssigned(device)) throw new IamError("DeleteConflict", "MFA VirtualDevice in use. Must deactivate first");
  await db.$transaction(async (tx) => {
    const { count } = await tx.mfaDevice.deleteMany({ where: { id: device.id, userId: null, assignedToRoot: false } });
    if (count !== 1) throw new IamError("DeleteConflict", "MFA VirtualDevice in use. Must deactivate first");
    await recordEvent(tx, {
      accountId: actor.accountId,
      eventName: "DeleteVirtualMFADevice",
      eventSource: EVENT_SOURCE.iam,
      now,
      context,
      principal: actor,
      requestParameters: { serialNumber: device.serialNumber },
    });
  });
}
