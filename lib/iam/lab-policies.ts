import type { DbOrTx } from "../db/types";
import { AWS_MANAGED_POLICY_ARN_PREFIX } from "./aws-managed-policies";
import { newId, newPolicyId } from "./ids";
import { SELF_MANAGE_CREDENTIALS_WITH_MFA } from "./policy/aws-example-policies";

// The permissions the lab gives its users, as policies AWS documents: an administrator has AWS's
// AdministratorAccess; any other user AWS's example "Allows MFA-authenticated IAM users to manage their
// own credentials on the Security credentials page", stored in the account as a customer managed
// policy; and the account's "Require MFA for API calls" attaches the same document, under the name
// the IAM tutorial gives it (Force_MFA), to every user, administrators included.

export const ADMINISTRATOR_ACCESS_ARN = `${AWS_MANAGED_POLICY_ARN_PREFIX}AdministratorAccess`;

/** The customer managed policies the lab makes in an account when it first needs them. */
export const LAB_POLICIES = {
  selfManage: {
    name: "SelfManageCredentialsWithMFA",
    description: "AWS: Allows MFA-authenticated IAM users to manage their own credentials on the Security credentials page",
  },
  forceMfa: {
    name: "Force_MFA",
    description: "Require MFA for API calls: denies everything but setting up MFA until the user signs in with it",
  },
} as const;

export type LabPolicy = keyof typeof LAB_POLICIES;

/** The account's lab policy, made (version v1, AWS's document) if it is not there yet; its ARN and id. */
export async function ensureLabPolicy(tx: DbOrTx, accountId: string, which: LabPolicy, now: Date): Promise<{ id: string; arn: string }> {
  const { name, description } = LAB_POLICIES[which];
  const nameKey = name.toLowerCase();
  const existing = await tx.managedPolicy.findUnique({ where: { accountId_nameKey: { accountId, nameKey } }, select: { id: true, arn: true } });
  if (existing) return existing;
  const id = newPolicyId();
  const arn = `arn:aws:iam::${accountId}:policy/${name}`;
  await tx.managedPolicy.create({
    data: {
      id,
      accountId,
      name,
      nameKey,
      arn,
      description,
      defaultVersionId: "v1",
      createdAt: now,
      updatedAt: now,
      versions: { create: { versionId: "v1", document: SELF_MANAGE_CREDENTIALS_WITH_MFA, createdAt: now } },
    },
  });
  return { id, arn };
}

/** Attaches a managed policy to a user unless it is attached already. */
export async function attachToUser(
  tx: DbOrTx,
  input: { accountId: string; userId: string; policyArn: string; customerPolicyId?: string | null; now: Date },
): Promise<void> {
  const { accountId, userId, policyArn, now } = input;
  const attached = await tx.policyAttachment.findUnique({ where: { userId_policyArn: { userId, policyArn } }, select: { id: true } });
  if (attached) return;
  await tx.policyAttachment.create({
    data: { id: newId(), accountId, policyArn, customerPolicyId: input.customerPolicyId ?? null, userId, attachedAt: now },
  });
}

/**
 * What a new user of the lab may do: AdministratorAccess, or the self-management policy (the console's
 * Create user, the sandbox API's "administrator", the demo), or nothing (the API's CreateUser, as at
 * AWS); and Force_MFA while the account requires MFA for API calls.
 */
export async function grantLabPermissions(
  tx: DbOrTx,
  input: { accountId: string; userId: string; administrator?: boolean; requireMfa: boolean; now: Date },
): Promise<void> {
  const { accountId, userId, now } = input;
  if (input.administrator) {
    await attachToUser(tx, { accountId, userId, policyArn: ADMINISTRATOR_ACCESS_ARN, now });
  } else if (input.administrator === false) {
    const policy = await ensureLabPolicy(tx, accountId, "selfManage", now);
    await attachToUser(tx, { accountId, userId, policyArn: policy.arn, customerPolicyId: policy.id, now });
  }
  if (input.requireMfa) {
    const policy = await ensureLabPolicy(tx, accountId, "forceMfa", now);
    await attachToUser(tx, { accountId, userId, policyArn: policy.arn, customerPolicyId: policy.id, now });
  }
}

/** Whether the user has AdministratorAccess attached directly: the console's "Administrator" label. */
export function hasAdministratorAccess(attachments: readonly { policyArn: string }[]): boolean {
  return attachments.some((attachment) => attachment.policyArn === ADMINISTRATOR_ACCESS_ARN);
}
