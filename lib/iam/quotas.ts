import type { ConsoleVersion } from "./console-version";
import type { Principal } from "./principal";
import type { IamSettings } from "./settings";

/** The account a quota is read for: its console version sets the MFA device quota. */
export type QuotaAccount = Pick<Principal, "consoleVersion">;

/** AWS's MFA devices per user and per root user: one until November 2022, eight since. */
export const MFA_DEVICES_PER_USER: Record<ConsoleVersion, number> = { "2021": 1, current: 8 };

/**
 * MFADevicesPerUserQuota: how many MFA devices one principal may have assigned, by the account's console
 * version, or the deployment's MFA_DEVICE_LIMIT when set. The one place it is read: the console's pages,
 * EnableMFADevice, the wizards and GetAccountSummary all ask here.
 */
export function mfaDevicesPerUserQuota(settings: Pick<IamSettings, "mfaDevicesPerUser">, account: QuotaAccount): number {
  return settings.mfaDevicesPerUser ?? MFA_DEVICES_PER_USER[account.consoleVersion];
}
