import type { DbOrTx } from "../db/types";
import { rootArn } from "./arn";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import { IamError } from "./errors";
import type { Principal } from "./principal";

export const ASSIGNMENT_STATUSES = ["Assigned", "Unassigned", "Any"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** The principal a device is assigned to; the root user has no user name or path of its own. */
export type VirtualMfaDeviceUser = {
  path: string | null;
  userName: string | null;
  userId: string;
  arn: string;
  createDate: Date;
  passwordLastUsed: Date | null;
};

/** An unassigned device has only its serial number, as in AWS's answer; the seed is never listed. */
export type VirtualMfaDeviceListItem = { serialNumber: string; enableDate?: Date; user?: VirtualMfaDeviceUser };

export type ListVirtualMfaDevicesInput = {
  actor: Principal;
  /** AWS's default is Any. */
  assignmentStatus?: AssignmentStatus;
  /** The marker of the previous page's answer. */
  marker?: string;
  /** 1 to 1000; AWS's default is 100. */
  maxItems?: number;
};

export type ListVirtualMfaDevicesResult = { virtualMfaDevices: VirtualMfaDeviceListItem[]; isTruncated: boolean; marker?: string };

const DEFAULT_MAX_ITEMS = 100;
const invalidMarker = () => new IamError("ValidationError", "Invalid Marker.");

// A marker is the serial number the next page starts after, opaque to callers as AWS's are.
const encodeMarker = (serialNumber: string) => Buffer.from(serialNumber).toString("base64url");
function decodeMarker(marker: string, accountId: string): string {
  const serialNumber = Buffer.from(marker, "base64url").toString();
  if (!serialNumber.startsWith(`arn:aws:iam::${accountId}:mfa/`) || encodeMarker(serialNumber) !== marker) throw invalidMarker();
  return serialNumber;
}

/** ListVirtualMFADevices: the account's virtual devices by serial number, assigned and unassigned. */
export async function listVirtualMfaDevices(db: DbOrTx, input: ListVirtualMfaDevicesInput): Promise<ListVirtualMfaDevicesResult> {
  const { actor } = input;
  await authorize(db, actor, "iam:ListVirtualMFADevices", ANY_RESOURCE);
  const maxItems = input.maxItems ?? DEFAULT_MAX_ITEMS;
  if (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > 1000) {
    throw new IamError("ValidationError", "1 validation error detected: Value at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000");
  }
  const after = input.marker === undefined ? undefined : decodeMarker(input.marker, actor.accountId);
  const assigned = { OR: [{ userId: { not: null } }, { assignedToRoot: true }] };
  const status = input.assignmentStatus ?? "Any";

  const [devices, account] = await Promise.all([
    db.mfaDevice.findMany({
      where: {
        accountId: actor.accountId,
        kind: "virtual",
        ...(after === undefined ? {} : { serialNumber: { gt: after } }),
        ...(status === "Assigned" ? assigned : status === "Unassigned" ? { userId: null, assignedToRoot: false } : {}),
      },
      orderBy: { serialNumber: "asc" },
      take: maxItems + 1,
      include: { user: { select: { id: true, name: true, path: true, arn: true, createdAt: true, passwordLastUsed: true } } },
    }),
    db.account.findUniqueOrThrow({ where: { id: actor.accountId }, select: { createdAt: true, rootPasswordLastUsed: true } }),
  ]);
  const page = devices.slice(0, maxItems);
  const isTruncated = devices.length > maxItems;

  const userOf = (device: (typeof page)[number]): VirtualMfaDeviceUser | undefined => {
    if (device.user) {
      const { user } = device;
      return { path: user.path, userName: user.name, userId: user.id, arn: user.arn, createDate: user.createdAt, passwordLastUsed: user.passwordLastUsed };
    }
    if (!device.assignedToRoot) return undefined;
    return {
      path: null,
      userName: null,
      userId: actor.accountId,
      arn: rootArn(actor.accountId),
      createDate: account.createdAt,
      passwordLastUsed: account.rootPasswordLastUsed,
    };
  };

  return {
    virtualMfaDevices: page.map((device) => {
      const user = userOf(device);
      return user ? { serialNumber: device.serialNumber, enableDate: device.enabledAt!, user } : { serialNumber: device.serialNumber };
    }),
    isTruncated,
    ...(isTruncated ? { marker: encodeMarker(page[page.length - 1].serialNumber) } : {}),
  };
}
