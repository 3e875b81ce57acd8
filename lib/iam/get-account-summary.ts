import type { DbOrTx } from "../db/types";
import { ACCESS_KEYS_PER_USER } from "./access-keys";
import { GROUPS_PER_ACCOUNT, GROUPS_PER_USER } from "./manage-groups";
import { VERSIONS_PER_POLICY } from "./managed-policies";
import { MANAGED_POLICIES_PER_OWNER } from "./policy-attachments";
import { INLINE_POLICY_SIZE_QUOTAS, MANAGED_POLICY_SIZE_QUOTA, TRUST_POLICY_SIZE_QUOTA } from "./policy/policy-size";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import type { Principal } from "./principal";
import { IAM_DEFAULT_QUOTAS } from "./quotas";
import { CERTIFICATES_PER_USER } from "./signing-certificates";

/** GetAccountSummary's SummaryMap: the 34 keys of botocore's summaryKeyType, as AWS answers them. */
export type AccountSummary = Record<
  | keyof typeof IAM_DEFAULT_QUOTAS
  | "Users"
  | "Groups"
  | "Roles"
  | "Policies"
  | "PolicyVersionsInUse"
  | "MFADevices"
  | "MFADevicesInUse"
  | "AccountMFAEnabled"
  | "AccountAccessKeysPresent"
  | "AccountPasswordPresent"
  | "AccountSigningCertificatesPresent"
  | "GroupsQuota"
  | "GroupsPerUserQuota"
  | "AttachedPoliciesPerUserQuota"
  | "AttachedPoliciesPerGroupQuota"
  | "AttachedPoliciesPerRoleQuota"
  | "VersionsPerPolicyQuota"
  | "AccessKeysPerUserQuota"
  | "SigningCertificatesPerUserQuota"
  | "UserPolicySizeQuota"
  | "GroupPolicySizeQuota"
  | "RolePolicySizeQuota"
  | "PolicySizeQuota"
  | "AssumeRolePolicySizeQuota"
  | "ServerCertificates"
  | "InstanceProfiles"
  | "Providers"
  | "GlobalEndpointTokenVersion",
  number
>;

const flag = (present: boolean) => (present ? 1 : 0);

/**
 * GetAccountSummary: the account's counts from its data and IAM's quotas. MFADevices counts every
 * virtual device, assigned or not, and every other device in use; MFADevicesInUse those assigned to an
 * IAM user or the root user; AccountMFAEnabled, AccountAccessKeysPresent and
 * AccountSigningCertificatesPresent are the root user's (its password always exists in the lab);
 * Policies counts customer managed policies, PolicyVersionsInUse their and AWS's policies' attachments.
 * The lab has no server certificates, instance profiles or identity providers.
 */
export async function getAccountSummary(db: DbOrTx, input: { actor: Principal }): Promise<AccountSummary> {
  await authorize(db, input.actor, "iam:GetAccountSummary", ANY_RESOURCE);
  const accountId = input.actor.accountId;
  const [users, groups, roles, policies, attachments, devices, userDevicesInUse, rootDevices, rootKeys, rootCertificates] = await Promise.all([
    db.user.count({ where: { accountId } }),
    db.group.count({ where: { accountId } }),
    db.role.count({ where: { accountId } }),
    db.managedPolicy.count({ where: { accountId } }),
    db.policyAttachment.count({ where: { accountId } }),
    // Unassigned hardware tokens are the lab's practice tokens on the shelf, not devices of the account.
    db.mfaDevice.count({ where: { accountId, OR: [{ kind: "virtual" }, { userId: { not: null } }, { assignedToRoot: true }] } }),
    db.mfaDevice.count({ where: { accountId, userId: { not: null } } }),
    db.mfaDevice.count({ where: { accountId, assignedToRoot: true } }),
    db.accessKey.count({ where: { accountId, userId: null } }),
    db.signingCertificate.count({ where: { accountId, userId: null } }),
  ]);
  return {
    Users: users,
    Groups: groups,
    Roles: roles,
    Policies: policies,
    PolicyVersionsInUse: attachments,
    MFADevices: devices,
    MFADevicesInUse: userDevicesInUse + rootDevices,
    AccountMFAEnabled: flag(rootDevices > 0),
    AccountAccessKeysPresent: flag(rootKeys > 0),
    AccountPasswordPresent: 1,
    AccountSigningCertificatesPresent: flag(rootCertificates > 0),
    GroupsQuota: GROUPS_PER_ACCOUNT,
    GroupsPerUserQuota: GROUPS_PER_USER,
    AttachedPoliciesPerUserQuota: MANAGED_POLICIES_PER_OWNER,
    AttachedPoliciesPerGroupQuota: MANAGED_POLICIES_PER_OWNER,
    AttachedPoliciesPerRoleQuota: MANAGED_POLICIES_PER_OWNER,
    VersionsPerPolicyQuota: VERSIONS_PER_POLICY,
    AccessKeysPerUserQuota: ACCESS_KEYS_PER_USER,
    SigningCertificatesPerUserQuota: CERTIFICATES_PER_USER,
    UserPolicySizeQuota: INLINE_POLICY_SIZE_QUOTAS.user,
    GroupPolicySizeQuota: INLINE_POLICY_SIZE_QUOTAS.group,
    RolePolicySizeQuota: INLINE_POLICY_SIZE_QUOTAS.role,
    PolicySizeQuota: MANAGED_POLICY_SIZE_QUOTA,
    AssumeRolePolicySizeQuota: TRUST_POLICY_SIZE_QUOTA,
    ServerCertificates: 0,
    InstanceProfiles: 0,
    Providers: 0,
    GlobalEndpointTokenVersion: 1,
    ...IAM_DEFAULT_QUOTAS,
  };
}
