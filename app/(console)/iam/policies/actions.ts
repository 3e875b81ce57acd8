"use server";

import { revalidatePath } from "next/cache";
import { consoleAction } from "@/lib/auth/console-action";
import { createPolicy, createPolicyVersion, deletePolicy, deletePolicyVersion, getPolicy, listPolicyVersions, setDefaultPolicyVersion } from "@/lib/iam/managed-policies";
import { createPolicySchema, newPolicyVersionSchema, policyRefSchema, policyVersionRefSchema } from "@/lib/iam/policy-role-schemas";
import { outcomeOf } from "../permissions/outcome";

// The Policies pages' actions: each answers done, or IAM's refusal in AWS's words (a malformed document,
// a duplicate name, the five-version quota, DeleteConflict), which the page shows as AWS's console does.

/** Create policy: CreatePolicy, version v1. */
export const createPolicyAction = consoleAction(createPolicySchema, async (input, { identity, db, now, context }) => {
  const outcome = await outcomeOf(async () => {
    const policy = await createPolicy(db, { actor: identity.principal, now, context, policyName: input.policyName, policyDocument: input.policyDocument, description: input.description || undefined });
    return policy.arn;
  });
  if (outcome.ok) revalidatePath("/iam/policies");
  return outcome;
});

/** Edit policy: CreatePolicyVersion, the default unless "Save as default version" is cleared. */
export const createPolicyVersionAction = consoleAction(newPolicyVersionSchema, async (input, { identity, db, now, context }) => {
  const outcome = await outcomeOf(async () => (await createPolicyVersion(db, { actor: identity.principal, now, context, ...input })).versionId);
  if (outcome.ok) revalidatePath("/iam/policies", "layout");
  return outcome;
});

export const setDefaultPolicyVersionAction = consoleAction(policyVersionRefSchema, async (input, { identity, db, now, context }) => {
  const outcome = await outcomeOf(() => setDefaultPolicyVersion(db, { actor: identity.principal, now, context, ...input }));
  revalidatePath("/iam/policies", "layout");
  return outcome;
});

export const deletePolicyVersionAction = consoleAction(policyVersionRefSchema, async (input, { identity, db, now, context }) => {
  const outcome = await outcomeOf(() => deletePolicyVersion(db, { actor: identity.principal, now, context, ...input }));
  revalidatePath("/iam/policies", "layout");
  return outcome;
});

/**
 * Delete policy, as the console does it: the versions other than the default go first (DeletePolicy
 * refuses a policy that keeps them), unless the policy is attached: then DeletePolicy's DeleteConflict
 * comes first and nothing is deleted.
 */
export const deletePolicyAction = consoleAction(policyRefSchema, async ({ policyArn }, { identity, db, now, context }) => {
  const origin = { actor: identity.principal, now, context };
  const outcome = await outcomeOf(async () => {
    const policy = await getPolicy(db, { actor: identity.principal, policyArn });
    if (policy.attachmentCount === 0) {
      for (const version of await listPolicyVersions(db, { actor: identity.principal, policyArn })) {
        if (!version.isDefaultVersion) await deletePolicyVersion(db, { ...origin, policyArn, versionId: version.versionId });
      }
    }
    await deletePolicy(db, { ...origin, policyArn });
    return policy.policyName;
  });
  revalidatePath("/iam", "layout");
  return outcome;
});
