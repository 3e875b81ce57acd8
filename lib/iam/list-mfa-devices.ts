import type { DbOrTx } from "../db/types";
import { authorize, isSelf, selfResource, userTarget } from "./authorize";
import { assignedTo, targetOf, targetUserName } from "./credentials-target";
import { isMfaDeviceKind, type MfaDeviceKind } from "./mfa-device-kinds";
import type { Principal } from "./principal";
import { noSuchUser, userNamed } from "./users";

export type MfaDeviceSummary = {
  userName: string | null;
  serialNumber: string;
  enableDate: Date;
  kind: MfaDeviceKind;
  /** The name typed in the current console's wizard (a hardware token's is its serial number). */
  name: string;
};

const DEVICE_FIELDS = { serialNumber: true, enabledAt: true, kind: true, name: true } as const;
const ENABLED_FIRST = { enabledAt: "asc" } as const;

function summaries(userName: string | null, devices: { serialNumber: string; enabledAt: Date | null; kind: string; name: string }[]): MfaDeviceSummary[] {
  return devices.map((device) => ({
    userName,
    serialNumber: device.serialNumber,
    enableDate: device.enabledAt!,
    kind: isMfaDeviceKind(device.kind) ? device.kind : "virtual",
    name: device.name,
  }));
}

/**
 * The devices of the principal signing in, for the sign-in's own pages (which kinds to offer, a resync):
 * a step of signing in, not an IAM call, so no policy is asked.
 */
export async function devicesOfSignIn(db: DbOrTx, principal: Principal): Promise<MfaDeviceSummary[]> {
  const target = targetOf(principal);
  const devices = await db.mfaDevice.findMany({ where: { accountId: principal.accountId, ...assignedTo(target) }, orderBy: ENABLED_FIRST, select: DEVICE_FIELDS });
  return summaries(targetUserName(target), devices);
}

/**
 * ListMFADevices: the devices of every kind assigned to a user, or to the caller when no name is given.
 * The caller's own: its policies' query and one more (the API's most frequent call in scripts and the bench).
 */
export async function listMfaDevices(db: DbOrTx, input: { actor: Principal; userName?: string | null }): Promise<MfaDeviceSummary[]> {
  const { actor } = input;
  if (!input.userName || isSelf(actor, input.userName)) {
    if (!actor.isRoot) await authorize(db, actor, "iam:ListMFADevices", selfResource(actor));
    return devicesOfSignIn(db, actor);
  }
  await authorize(db, actor, "iam:ListMFADevices", (await userTarget(db, actor, input.userName)).resource);
  const user = await db.user.findUnique({
    where: userNamed(actor.accountId, input.userName),
    select: { name: true, mfaDevices: { orderBy: ENABLED_FIRST, select: DEVICE_FIELDS } },
  });
  if (!user) throw noSuchUser(input.userName);
  return summaries(user.name, user.mfaDevices);
}
