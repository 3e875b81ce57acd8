import type { Db } from "../db/types";
import { MAX_TAGS } from "./constraints";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { findManageableDevice } from "./mfa-devices";
import type { Principal, RequestContext } from "./principal";

export type Tag = { key: string; value: string };

/** TagMFADevice: adds or overwrites tags; all or nothing, at most 50 in all. */
export async function tagMfaDevice(
  db: Db,
  input: { actor: Principal; serialNumber: string; tags: Tag[]; now: Date; context: RequestContext },
): Promise<void> {
  const device = await findManageableDevice(db, input.actor, input.serialNumber, "iam:TagMFADevice");
  await db.$transaction(async (tx) => {
    for (const tag of input.tags) {
      await tx.mfaDeviceTag.upsert({
        where: { deviceId_key: { deviceId: device.id, key: tag.key } },
        create: { deviceId: device.id, key: tag.key, value: tag.value },
        update: { value: tag.value },
      });
    }
    if ((await tx.mfaDeviceTag.count({ where: { deviceId: device.id } })) > MAX_TAGS) {
      throw new IamError("LimitExceeded", `The number of tags has reached the maximum limit of ${MAX_TAGS}.`);
    }
    await recordCallerEvent(tx, input, "TagMFADevice", { serialNumber: device.serialNumber, tags: input.tags });
  });
}
