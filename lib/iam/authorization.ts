import { IamError } from "./errors";
import type { Principal } from "./principal";

// The account's rules, like AWS's managed policies: the root user and administrator IAM users manage
// everything in their account; any other IAM user manages only their own credentials (AWS's
// self-manage-MFA policy). Every door asks these functions; hiding a button is never the check.

/** Whether the principal may see and change other users, devices and account settings. */
export function isAccountAdministrator(principal: Principal): boolean {
  return principal.isRoot || principal.isAdmin;
}

export function accessDenied(principal: Principal, action: string): IamError {
  return new IamError(
    "AccessDenied",
    `User: ${principal.arn} is not authorized to perform: iam:${action} because no identity-based policy allows the iam:${action} action`,
  );
}
