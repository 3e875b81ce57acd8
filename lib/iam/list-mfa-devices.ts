import type { DbOrTx } from "../db/types";
import { assignedTo, requireCredentialsAccess, targetOf, targetUserName } from "./credentials-target";
import type { Principal } from "./principal";
import { noSuchUser, userNamed } from "./users";

export type MfaDeviceSummary = { userName: string | null; serialNumber: string; enableDate: Date };

const DEVICE_FIELDS = { serialNumber: true, enabledAt: true } as const;
const ENABLED_FIRST = { enabledAt: "asc" } as const;

function summaries(userName: string | null, devices: { serialNumber: string; enabledAt: Date | null }[]): MfaDeviceSummary[] {
  return devices.map((device) => ({ userName, serialNumber: device.serialNumber, enableDate: device.enabledAt! }));
}

/**
 * ListMFADevices: the devices assigned to a user, or to the caller when no name is given. One query
 * either way (a named user with its devices): the API's most frequent call in scripts and the bench.
 */
export async function listMfaDevices(db: DbOrTx, input: { actor: Principal; userName?: string | null }): Promise<MfaDeviceSummary[]> {
  const { actor } = input;
  if (!input.userName) {
    const target = targetOf(actor);
    const devices = await db.mfaDevice.findMany({ where: { accountId: actor.accountId, ...assignedTo(target) }, orderBy: ENABLED_FIRST, select: DEVICE_FIELDS });
    return summaries(targetUserName(target), devices);
  }
  requireCredentialsAccess(actor, input.userName, "ListMFADevices");
  const user = await db.user.findUnique({
    where: userNamed(actor.accountId, input.userName),
    select: { name: true, mfaDevices: { orderBy: ENABLED_FIRST, select: DEVICE_FIELDS } },
  });
  if (!user) throw noSuchUser(input.userName);
  return summaries(user.name, user.mfaDevices);
}
