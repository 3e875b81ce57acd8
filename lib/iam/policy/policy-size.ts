// IAM's size quotas for policy documents ("IAM and AWS STS quotas"): a managed policy holds at most
// 6,144 characters; the inline policies of one user, group or role together hold at most 2,048, 5,120
// and 10,240; a role's trust policy holds 2,048 by default (adjustable to 4,096). "IAM does not count
// white space when calculating the size of a policy against these quotas." Each quota is answered with
// LimitExceeded (HTTP 409) and the message AWS gives, as quoted in public reports:
// - "Cannot exceed quota for PolicySize: 6144" (CreatePolicy, CreatePolicyVersion);
// - "Maximum policy size of 2048 bytes exceeded for user NAME", "... of 10240 bytes exceeded for role
//   NAME" (PutUserPolicy, PutRolePolicy; the group's is worded alike);
// - "Cannot exceed quota for ACLSizePerRole: 2048" (CreateRole, UpdateAssumeRolePolicy; aws/aws-cdk#18564).

export const MANAGED_POLICY_SIZE_QUOTA = 6144;
export const TRUST_POLICY_SIZE_QUOTA = 2048;
export const INLINE_POLICY_SIZE_QUOTAS = { user: 2048, group: 5120, role: 10240 } as const;

export type InlinePolicyOwner = keyof typeof INLINE_POLICY_SIZE_QUOTAS;
export type PolicySizeError = { code: "LimitExceeded"; message: string };

/** A document's size as IAM counts it against its quotas: characters other than white space. */
export function policySize(document: string): number {
  let size = 0;
  for (const char of document) if (char !== " " && char !== "\t" && char !== "\n" && char !== "\r") size++;
  return size;
}

export function managedPolicySizeError(document: string): PolicySizeError | null {
  return policySize(document) > MANAGED_POLICY_SIZE_QUOTA
    ? { code: "LimitExceeded", message: `Cannot exceed quota for PolicySize: ${MANAGED_POLICY_SIZE_QUOTA}` }
    : null;
}

/** `quota` is the account's trust policy quota, 2,048 unless raised. */
export function trustPolicySizeError(document: string, quota = TRUST_POLICY_SIZE_QUOTA): PolicySizeError | null {
  return policySize(document) > quota ? { code: "LimitExceeded", message: `Cannot exceed quota for ACLSizePerRole: ${quota}` } : null;
}

/**
 * The quota on one owner's inline policies together: `documents` are all of them as they would be
 * after the Put*Policy (the new or replacing one included).
 */
export function inlinePolicySizeError(owner: InlinePolicyOwner, ownerName: string, documents: readonly string[]): PolicySizeError | null {
  const quota = INLINE_POLICY_SIZE_QUOTAS[owner];
  const total = documents.reduce((sum, document) => sum + policySize(document), 0);
  return total > quota ? { code: "LimitExceeded", message: `Maximum policy size of ${quota} bytes exceeded for ${owner} ${ownerName}` } : null;
}
