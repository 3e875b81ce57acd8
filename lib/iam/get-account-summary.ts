import type { DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import type { Principal } from "./principal";

/** GetAccountSummary's MFA and user counters, as AWS defines them. */
export type AccountSummary = {
  Users: number;
  /** Every virtual MFA device in the account, assigned or not, and every other device in use. */
  MFADevices: number;
  /** Devices assigned to an IAM user or to the root user. */
  MFADevicesInUse: number;
  /** 1 when the root user has an MFA device assigned. */
  AccountMFAEnabled: 0 | 1;
};

export async function getAccountSummary(db: DbOrTx, input: { actor: Principal }): Promise<AccountSummary> {
  await authorize(db, input.actor, "iam:GetAccountSummary", ANY_RESOURCE);
  const accountId = input.actor.accountId;
  const [users, devices, userDevicesInUse, rootDevices] = await Promise.all([
    db.user.count({ where: { accountId } }),
    // Unassigned hardware tokens are the lab's practice tokens on the shelf, not devices of the account.
    db.mfaDevice.count({ where: { accountId, OR: [{ kind: "virtual" }, { userId: { not: null } }, { assignedToRoot: true }] } }),
    db.mfaDevice.count({ where: { accountId, userId: { not: null } } }),
    db.mfaDevice.count({ where: { accountId, assignedToRoot: true } }),
  ]);
  return {
    Users: users,
    MFADevices: devices,
    MFADevicesInUse: userDevicesInUse + rootDevices,
    AccountMFAEnabled: rootDevices > 0 ? 1 : 0,
  };
}
