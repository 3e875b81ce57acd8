import type { ConsoleVersion } from "./console-version";
import type { Principal } from "./principal";
import type { IamSettings } from "./settings";

/** The account a quota is read for: its console version sets the MFA device quota. */
export type QuotaAccount = Pick<Principal, "consoleVersion">;

/** AWS's MFA devices per user and per root user: one until November 2022, eight since. */
export const MFA_DEVICES_PER_USER: Record<ConsoleVersion, number> = { "2021": 1, current: 8 };

/**
 * How many MFA devices one principal may have assigned, by the account's console version, or the
 * deployment's MFA_DEVICE_LIMIT when set. The one place it is read: the console's pages,
 * EnableMFADevice and the wizards all ask here. AWS's SummaryMap has no key for it (summaryKeyType),
 * so GetAccountSummary does not report it.
 */
export function mfaDevicesPerUserQuota(settings: Pick<IamSettings, "mfaDevicesPerUser">, account: QuotaAccount): number {
  return settings.mfaDevicesPerUser ?? MFA_DEVICES_PER_USER[account.consoleVersion];
}

/**
 * IAM's default quotas that GetAccountSummary reports beside the counts ("IAM and AWS STS quotas", IAM
 * User Guide), for the entities whose quota the lab does not enforce. A quota the lab enforces is
 * reported from the constant its check uses (access keys, signing certificates, groups, attachments,
 * policy versions, policy sizes), so the summary never disagrees with the refusal.
 */
export const IAM_DEFAULT_QUOTAS = {
  UsersQuota: 5000,
  RolesQuota: 1000,
  PoliciesQuota: 1500,
  PolicyVersionsInUseQuota: 10000,
  InstanceProfilesQuota: 1000,
  ServerCertificatesQuota: 20,
} as const;
