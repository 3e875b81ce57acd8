import type { ConsoleVersion } from "./console-version";
import type { IamSettings } from "./settings";

/** AWS's MFA devices per user and per root user: one until November 2022, eight since. */
export const MFA_DEVICES_PER_USER: Record<ConsoleVersion, number> = { "2021": 1, current: 8 };

/**
 * How many MFA devices a principal of an account in this console version may have assigned: the
 * version's quota, or the deployment's MFA_DEVICE_LIMIT when set. The one rule the pages and the domain read.
 */
export function mfaDeviceLimit(consoleVersion: ConsoleVersion, settings: Pick<IamSettings, "mfaDevicesPerUser">): number {
  return settings.mfaDevicesPerUser ?? MFA_DEVICES_PER_USER[consoleVersion];
}
