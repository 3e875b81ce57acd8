import type { Principal } from "./principal";
import type { IamSettings } from "./settings";

/**
 * The account a quota is read for. The console era (2021: one device; current: eight) will decide
 * the MFA device quota per account, with the deployment's setting as an override; its callers pass
 * the account already, so that change stays inside this module.
 */
export type QuotaAccount = Pick<Principal, "accountId">;

/**
 * MFADevicesPerUserQuota: how many MFA devices one principal may have assigned. The one place it
 * is read: the console's pages, EnableMFADevice, the wizard and GetAccountSummary all ask here.
 */
export function mfaDevicesPerUserQuota(settings: Pick<IamSettings, "mfaDevicesPerUser">, _account: QuotaAccount): number {
  return settings.mfaDevicesPerUser;
}
