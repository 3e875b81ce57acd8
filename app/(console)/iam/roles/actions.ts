"use server";

import { revalidatePath } from "next/cache";
import { consoleAction } from "@/lib/auth/console-action";
import { createRole } from "@/lib/iam/create-role";
import { deleteRole } from "@/lib/iam/delete-role";
import { accountTrustPolicy } from "@/lib/iam/policy/account-trust-policy";
import { attachPolicy } from "@/lib/iam/policy-attachments";
import { createRoleSchema, roleRefSchema, trustPolicyUpdateSchema } from "@/lib/iam/policy-role-schemas";
import { updateAssumeRolePolicy } from "@/lib/iam/update-assume-role-policy";
import { outcomeOf } from "../permissions/outcome";

// The Roles pages' actions: each answers done, or IAM's refusal in AWS's words (a malformed trust
// policy, a taken name, DeleteConflict, a denial).

/**
 * Create role, as the 2021 wizard does it: CreateRole with the trust policy it wrote (or the one typed),
 * then AttachRolePolicy for each chosen policy, each call authorized on its own as AWS's console makes them.
 */
export const createRoleAction = consoleAction(createRoleSchema, async (input, { identity, db, now, context }) => {
  const origin = { actor: identity.principal, now, context };
  const { trustedEntity } = input;
  const trustPolicy =
    trustedEntity.kind === "account"
      ? accountTrustPolicy({ accountId: trustedEntity.accountId, externalId: trustedEntity.externalId, requireMfa: trustedEntity.requireMfa })
      : trustedEntity.policyDocument;
  const outcome = await outcomeOf(async () => {
    const role = await createRole(db, {
      ...origin,
      roleName: input.roleName,
      assumeRolePolicyDocument: trustPolicy,
      ...(input.description ? { description: input.description } : {}),
      maxSessionDuration: input.maxSessionHours * 3600,
    });
    for (const policyArn of input.policyArns) await attachPolicy(db, { ...origin, kind: "role", name: role.roleName, policyArn });
    return role.roleName;
  });
  revalidatePath("/iam", "layout");
  return outcome;
});

/** Edit trust relationship: UpdateAssumeRolePolicy, checked as CreateRole checks it. */
export const updateTrustPolicyAction = consoleAction(trustPolicyUpdateSchema, async (input, { identity, db, now, context }) => {
  const outcome = await outcomeOf(() => updateAssumeRolePolicy(db, { actor: identity.principal, now, context, ...input }));
  if (outcome.ok) revalidatePath("/iam/roles", "layout");
  return outcome;
});

/** Delete role, as the console does it: its policies are detached and deleted first (lib/iam/delete-role.ts). */
export const deleteRoleAction = consoleAction(roleRefSchema, async ({ roleName }, { identity, db, now, context }) => {
  const outcome = await outcomeOf(() => deleteRole(db, { actor: identity.principal, roleName, deletePolicies: true, now, context }));
  revalidatePath("/iam", "layout");
  return outcome;
});
