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
