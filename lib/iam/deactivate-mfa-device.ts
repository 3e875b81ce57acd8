import type { Db } from "../db/types";
import { recordCallerEvent } from "./events";
import { findDevice, noSuchDevice } from "./mfa-devices";
import { assignedTo, resolveCredentialsTarget, targetUserName } from "./credentials-target";
import type { Principal, RequestContext } from "./principal";

/** DeactivateMFADevice: unassigns the device and keeps it (delete is a separate step, as in AWS). */
export async function deactivateMfaDevice(
  db: Db,
  input: { actor: Principal; userName?: string | null; serialNumber: string; now: Date; context: RequestContext },
): Promise<void> {
  const { actor } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "DeactivateMFADevice");
  const device = await findDevice(db, actor.accountId, input.serialNumber);
  await db.$transaction(async (tx) => {
    const { count } = await tx.mfaDevice.updateMany({
      where: { id: device.id, ...assignedTo(target) },
      data: { userId: null, assignedToRoot: false, enabledAt: null, failedAttempts: 0, lockedUntil: null },
    });
    if (count !== 1) throw noSuchDevice(input.serialNumber);
    await recordCallerEvent(tx, input, "DeactivateMFADevice", { userName: targetUserName(target), serialNumber: device.serialNumber });
  });
}
