import { groupArn, mfaSerialNumber, policyArn, userArn } from "./arn";

// The one place that says what each operation asks the policies for: its action and the resource type
// the Service Authorization Reference ("Actions, resources, and condition keys for AWS Identity and
// Access Management" and "… for AWS Security Token Service") lists for it. An operation of IAM, STS
// or the console calls authorize() with one of these names and a resource of the listed type.
//
// Kinds: "user" (arn:aws:iam::ACCOUNT:user/PATH/NAME; AWS's denial names it "user NAME"), "users"
// (ListUsers: arn:aws:iam::ACCOUNT:user/PATH-PREFIX), "mfa" (arn:aws:iam::ACCOUNT:mfa/PATH/NAME),
// "*" (actions that name no resource), "arn" (any other resource by its ARN: roles, groups, policies).

export type ResourceKind = "user" | "users" | "mfa" | "*" | "arn";

export const ACTIONS = {
  "iam:AttachUserPolicy": "arn",
  "iam:ChangePassword": "user",
  "iam:CreateAccessKey": "user",
  "iam:CreateAccountAlias": "*",
  "iam:CreateLoginProfile": "user",
  "iam:CreateServiceSpecificCredential": "user",
  "iam:CreateUser": "user",
  "iam:CreateVirtualMFADevice": "mfa",
  "iam:DeactivateMFADevice": "user",
  "iam:DeleteAccessKey": "user",
  "iam:DeleteAccountAlias": "*",
  "iam:DeleteAccountPasswordPolicy": "*",
  "iam:DeleteLoginProfile": "user",
  "iam:DeleteServiceSpecificCredential": "user",
  "iam:DeleteSigningCertificate": "user",
  "iam:DeleteSSHPublicKey": "user",
  "iam:DeleteUser": "user",
  "iam:DeleteVirtualMFADevice": "mfa",
  "iam:DetachUserPolicy": "arn",
  "iam:EnableMFADevice": "user",
  "iam:GenerateCredentialReport": "*",
  "iam:GetAccessKeyLastUsed": "user",
  "iam:GetAccountPasswordPolicy": "*",
  "iam:GetAccountSummary": "*",
  "iam:GetCredentialReport": "*",
  "iam:GetLoginProfile": "user",
  "iam:GetMFADevice": "user",
  "iam:GetSSHPublicKey": "user",
  "iam:GetUser": "user",
  "iam:ListAccessKeys": "user",
  "iam:ListAccountAliases": "*",
  "iam:ListMFADevices": "user",
  "iam:ListMFADeviceTags": "mfa",
  "iam:ListServiceSpecificCredentials": "user",
  "iam:ListSigningCertificates": "user",
  "iam:ListSSHPublicKeys": "user",
  "iam:ListUsers": "users",
  "iam:ListUserTags": "user",
  "iam:ListVirtualMFADevices": "*",
  "iam:ResetServiceSpecificCredential": "user",
  "iam:ResyncMFADevice": "user",
  "iam:TagMFADevice": "mfa",
  "iam:TagUser": "user",
  "iam:UntagMFADevice": "mfa",
  "iam:UntagUser": "user",
  "iam:UpdateAccessKey": "user",
  "iam:UpdateAccountPasswordPolicy": "*",
  "iam:UpdateLoginProfile": "user",
  "iam:UpdateServiceSpecificCredential": "user",
  "iam:UpdateSigningCertificate": "user",
  "iam:UpdateSSHPublicKey": "user",
  "iam:UpdateUser": "user",
  "iam:UploadSigningCertificate": "user",
  "iam:UploadSSHPublicKey": "user",
  // Roles, on the role's ARN (ListRoles: the roles under the path prefix, arn:aws:iam::ACCOUNT:role/PREFIX).
  "iam:CreateRole": "arn",
  "iam:DeleteRole": "arn",
  "iam:GetRole": "arn",
  "iam:ListRoles": "arn",
  "iam:ListRoleTags": "arn",
  "iam:TagRole": "arn",
  "iam:UntagRole": "arn",
  "iam:UpdateAssumeRolePolicy": "arn",
  "iam:UpdateRole": "arn",
  "iam:UpdateRoleDescription": "arn",
  // Groups, on the group's ARN (arn:aws:iam::ACCOUNT:group/PATH/NAME; ListGroups: the groups under the
  // path prefix); managed policies, on the policy's ARN (arn:aws:iam::ACCOUNT:policy/PATH/NAME, or
  // arn:aws:iam::aws:policy/… for AWS's; ListPolicies: the policies under the path prefix);
  // GetAccountAuthorizationDetails names no resource. A user's, group's or role's policies: on its ARN.
  "iam:AddUserToGroup": "arn",
  "iam:CreateGroup": "arn",
  "iam:CreatePolicy": "arn",
  "iam:CreatePolicyVersion": "arn",
  "iam:DeleteGroup": "arn",
  "iam:DeletePolicy": "arn",
  "iam:DeletePolicyVersion": "arn",
  "iam:GetAccountAuthorizationDetails": "*",
  "iam:GetGroup": "arn",
  "iam:GetPolicy": "arn",
  "iam:GetPolicyVersion": "arn",
  "iam:ListEntitiesForPolicy": "arn",
  "iam:ListGroups": "arn",
  "iam:ListPolicies": "arn",
  "iam:ListPolicyTags": "arn",
  "iam:ListPolicyVersions": "arn",
  "iam:RemoveUserFromGroup": "arn",
  "iam:SetDefaultPolicyVersion": "arn",
  "iam:TagPolicy": "arn",
  "iam:UntagPolicy": "arn",
  "iam:UpdateGroup": "arn",
  "iam:ListGroupsForUser": "user",
  "iam:PutUserPolicy": "arn",
  "iam:GetUserPolicy": "arn",
  "iam:DeleteUserPolicy": "arn",
  "iam:ListUserPolicies": "arn",
  "iam:ListAttachedUserPolicies": "arn",
  "iam:AttachGroupPolicy": "arn",
  "iam:DetachGroupPolicy": "arn",
  "iam:PutGroupPolicy": "arn",
  "iam:GetGroupPolicy": "arn",
  "iam:DeleteGroupPolicy": "arn",
  "iam:ListGroupPolicies": "arn",
  "iam:ListAttachedGroupPolicies": "arn",
  "iam:AttachRolePolicy": "arn",
  "iam:DetachRolePolicy": "arn",
  "iam:PutRolePolicy": "arn",
  "iam:GetRolePolicy": "arn",
  "iam:DeleteRolePolicy": "arn",
  "iam:ListRolePolicies": "arn",
  "iam:ListAttachedRolePolicies": "arn",
  "sts:GetAccessKeyInfo": "*",
  "cloudtrail:LookupEvents": "*",
} as const satisfies Record<string, ResourceKind>;

/** An action of the table; other helpers' operations add theirs to ACTIONS. */
export type Action = keyof typeof ACTIONS;

/** What authorize() evaluates (`arn`) and how AWS's denial names it (`named`). */
export type ActionResource = { kind: ResourceKind; arn: string; named: string };

export const ANY_RESOURCE: ActionResource = { kind: "*", arn: "*", named: "*" };

/** An IAM user: its ARN for the policies; "user NAME" in AWS's denial, as IAM words its user actions. */
export function userResource(accountId: string, path: string, userName: string): ActionResource {
  return { kind: "user", arn: userArn(accountId, path, userName), named: `user ${userName}` };
}

/** ListUsers' resource: the account's users under the path prefix, named by its ARN in the denial. */
export function usersResource(accountId: string, pathPrefix = "/"): ActionResource {
  const arn = userArn(accountId, pathPrefix, "");
  return { kind: "users", arn, named: arn };
}

/** A virtual MFA device, by the serial number it has or would have. */
export function mfaResource(accountId: string, path: string, deviceName: string): ActionResource {
  const arn = mfaSerialNumber(accountId, path, deviceName);
  return { kind: "mfa", arn, named: arn };
}

/** Any other resource, by its ARN (a role, a group, a policy). */
export function arnResource(arn: string): ActionResource {
  return { kind: "arn", arn, named: arn };
}

/**
 * ListGroups' resource: the account's groups under the path prefix (as ListRoles names its roles); also
 * what a console page asks before offering Create group, when no group is named yet.
 */
export function groupsResource(accountId: string, pathPrefix = "/"): ActionResource {
  return arnResource(groupArn(accountId, pathPrefix, ""));
}

/** ListPolicies' resource: the account's managed policies under the path prefix; Create policy's page asks it too. */
export function policiesResource(accountId: string, pathPrefix = "/"): ActionResource {
  return arnResource(policyArn(accountId, pathPrefix, ""));
}
