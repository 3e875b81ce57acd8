import type { Db } from "../db/types";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { findManageableDevice } from "./mfa-devices";

/** UntagMFADevice: removes the named tag keys; keys that are not there are ignored, as in AWS. */
export async function untagMfaDevice(
  db: Db,
  input: { actor: Principal; serialNumber: string; tagKeys: string[]; now: Date; context: RequestContext },
): Promise<void> {
  const device = await findManageableDevice(db, input.actor, input.serialNumber, "iam:UntagMFADevice");
  await db.$transaction(async (tx) => {
    await tx.mfaDeviceTag.deleteMany({ where: { deviceId: device.id, key: { in: input.tagKeys } } });
    await recordCallerEvent(tx, input, "UntagMFADevice", { serialNumber: device.serialNumber, tagKeys: input.tagKeys });
  });
}
