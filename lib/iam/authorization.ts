import { IamError } from "./errors";
import type { Principal } from "./principal";

// The account's rules, like AWS's managed policies: the root user and administrator IAM users manage
// everything in their account; any other IAM user manages only their own credentials (AWS's
// self-manage-MFA policy). Every door asks these functions; hiding a button is never the check.

/** Whether the principal may see and change other users, devices and account settings. */
export function isAccountAdministrator(principal: Principal): boolean {
  return principal.isRoot || principal.isAdmin;
}

/** Whether `userName` names the principal itself (IAM user names are unique regardless of case). */
export function isSelf(principal: Principal, userName: string): boolean {
  return !principal.isRoot && principal.userName?.toLowerCase() === userName.toLowerCase();
}

/** Whether the principal may read and change the credentials (password, MFA) of the IAM user `userName`. */
export function mayManageCredentialsOf(principal: Principal, userName: string): boolean {
  return isAccountAdministrator(principal) || isSelf(principal, userName);
}

/**
 * The virtual MFA devices a principal may create and manage. Administrators: any. Any other IAM user:
 * the devices assigned to them, and those AWS's self-manage-MFA policy grants. In the 2021 console,
 * whose wizard names the device after the user, that is arn:aws:iam::ACCOUNT:mfa/${aws:username} (or,
 * where MFA_DEVICE_LIMIT allows several, the wizard's "-2" … "-8" after it), so no one can take
 * another user's device name. In the current console, whose wizard asks for any device name, the policy
 * grants creation on mfa/*: a name someone else took costs only the choice of another, and such a user
 * manages only the unassigned devices they created (`createdByPrincipal`). Stands in for policy
 * evaluation until policies are enforced (issue 17).
 */
export function mayManageVirtualMfaDevice(
  principal: Principal,
  device: { name: string; path: string; assignedToPrincipal: boolean; createdByPrincipal: boolean },
): boolean {
  if (isAccountAdministrator(principal) || device.assignedToPrincipal) return true;
  const own = principal.userName;
  if (own === null) return false;
  if (principal.consoleVersion === "current") return device.createdByPrincipal;
  if (device.path !== "/") return false;
  return device.name === own || (device.name.startsWith(`${own}-`) && /^[2-8]$/.test(device.name.slice(own.length + 1)));
}

export function accessDenied(principal: Principal, action: string, service = "iam"): IamError {
  return new IamError(
    "AccessDenied",
    `User: ${principal.arn} is not authorized to perform: ${service}:${action} because no identity-based policy allows the ${service}:${action} action`,
  );
}

/** AccessDenied unless the principal administers its account. */
export function requireAccountAdministrator(principal: Principal, action: string, service = "iam"): void {
  if (!isAccountAdministrator(principal)) throw accessDenied(principal, action, service);
}
