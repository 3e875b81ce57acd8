import type { DbOrTx } from "../db/types";
import { AWS_MANAGED_POLICY_ARN_PREFIX } from "./aws-managed-policies";
import { listInlinePolicies } from "./inline-policies";
import { listGroupsForUser } from "./manage-groups";
import { listAttachedPolicies } from "./policy-attachments";
import type { PolicyOwnerKind } from "./policy-owners";
import type { Principal } from "./principal";

/** A policy that applies to a user, group or role: managed ones by ARN, inline ones by name. */
export type AppliedPolicy = {
  policyName: string;
  type: "aws" | "customer" | "inline";
  /** A managed policy's ARN; null for an inline one. */
  policyArn: string | null;
  /** For a user: the group it comes from; null when it is the user's own (attached directly or inline). */
  group: string | null;
};

/** A managed policy is AWS's when its ARN is in the "aws" account. */
export const managedPolicyType = (arn: string): "aws" | "customer" => (arn.startsWith(AWS_MANAGED_POLICY_ARN_PREFIX) ? "aws" : "customer");

async function ownPolicies(db: DbOrTx, actor: Principal, kind: PolicyOwnerKind, name: string, group: string | null): Promise<AppliedPolicy[]> {
  const [attached, inline] = await Promise.all([listAttachedPolicies(db, { actor, kind, name }), listInlinePolicies(db, { actor, kind, name })]);
  return [
    ...attached.map((policy) => ({ policyName: policy.policyName, type: managedPolicyType(policy.policyArn), policyArn: policy.policyArn, group })),
    ...inline.map((policyName) => ({ policyName, type: "inline" as const, policyArn: null, group })),
  ];
}

/**
 * The console's "Permissions policies" of a user, group or role, as the console reads them with the
 * caller's rights (ListAttached…Policies, List…Policies, and for a user ListGroupsForUser and each
 * group's lists): the owner's own, then, for a user, each group's in the order the user joined them.
 * AccessDenied from any of them is the caller's to show.
 */
export async function appliedPolicies(db: DbOrTx, input: { actor: Principal; kind: PolicyOwnerKind; name: string }): Promise<AppliedPolicy[]> {
  const { actor, kind, name } = input;
  const own = await ownPolicies(db, actor, kind, name, null);
  if (kind !== "user") return own;
  const groups = await listGroupsForUser(db, { actor, userName: name });
  const fromGroups = await Promise.all(groups.map((group) => ownPolicies(db, actor, "group", group.groupName, group.groupName)));
  return [...own, ...fromGroups.flat()];
}
