import type { Db } from "../db/types";
import type { Principal } from "./principal";
import { findManageableDevice } from "./mfa-devices";
import type { Tag } from "./tag-mfa-device";

export async function listMfaDeviceTags(db: Db, input: { actor: Principal; serialNumber: string }): Promise<Tag[]> {
  const device = await findManageableDevice(db, input.actor, input.serialNumber, "iam:ListMFADeviceTags");
  const tags = await db.mfaDeviceTag.findMany({ where: { deviceId: device.id }, orderBy: { key: "asc" } });
  return tags.map(({ key, value }) => ({ key, value }));
}
