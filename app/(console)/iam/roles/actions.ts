"use server";

import { revalidatePath } from "next/cache";
import { consoleAction } from "@/lib/auth/console-action";
import { createRole } from "@/lib/iam/create-role";
import { deleteRole } from "@/lib/iam/delete-role";
import { listPoliciesPage } from "@/lib/iam/list-policies-page";
import { accountTrustPolicy } from "@/lib/iam/policy/account-trust-policy";
import { attachPolicy } from "@/lib/iam/policy-attachments";
import { createRoleSchema, policySearchSchema, roleRefSchema, trustPolicyUpdateSchema } from "@/lib/iam/policy-role-schemas";
import { updateAssumeRolePolicy } from "@/lib/iam/update-assume-role-policy";
import { documentResult } from "../policy-document-result";

/** How many policies the wizard's search offers at a time. */
const SEARCH_RESULTS = 10;

/** The wizard's policy search: ListPolicies by a part of the name, the first few only. */
export const searchPoliciesAction = consoleAction(policySearchSchema, async ({ search }, { identity, db }) => {
  const { policies } = await listPoliciesPage(db, { actor: identity.principal, search, perPage: SEARCH_RESULTS });
  return policies.map((policy) => ({ policyName: policy.policyName, arn: policy.arn, scope: policy.scope }));
});

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
  const result = await documentResult(() =>
    createRole(db, {
      ...origin,
      roleName: input.roleName,
      assumeRolePolicyDocument: trustPolicy,
      ...(input.description ? { description: input.description } : {}),
      maxSessionDuration: input.maxSessionHours * 3600,
    }),
  );
  if ("problem" in result) return result;
  for (const policyArn of input.policyArns) await attachPolicy(db, { ...origin, kind: "role", name: result.done.roleName, policyArn });
  revalidatePath("/iam", "layout");
  return { roleName: result.done.roleName };
});

/** Edit trust relationship: UpdateAssumeRolePolicy, checked as CreateRole checks it. */
export const updateTrustPolicyAction = consoleAction(trustPolicyUpdateSchema, async (input, { identity, db, now, context }) => {
  const result = await documentResult(() => updateAssumeRolePolicy(db, { actor: identity.principal, now, context, ...input }));
  if ("problem" in result) return result;
  revalidatePath("/iam/roles", "layout");
  return { updated: true as const };
});

/** Delete role, as the console does it: its policies are detached and deleted first (lib/iam/delete-role.ts). */
export const deleteRoleAction = consoleAction(roleRefSchema, async ({ roleName }, { identity, db, now, context }) => {
  await deleteRole(db, { actor: identity.principal, roleName, deletePolicies: true, now, context });
  revalidatePath("/iam", "layout");
});
