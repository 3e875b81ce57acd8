"use server";

import { revalidatePath } from "next/cache";
import { consoleAction } from "@/lib/auth/console-action";
import { createPolicy, createPolicyVersion, deletePolicy, deletePolicyVersion, getPolicy, listPolicyVersions, setDefaultPolicyVersion } from "@/lib/iam/managed-policies";
import { documentResult } from "../policy-document-result";
import { createPolicySchema, newPolicyVersionSchema, policyRefSchema, policyVersionRefSchema } from "@/lib/iam/policy-role-schemas";

/** Create policy: CreatePolicy, version v1. */
export const createPolicyAction = consoleAction(createPolicySchema, async (input, { identity, db, now, context }) => {
  const result = await documentResult(() =>
    createPolicy(db, { actor: identity.principal, now, context, policyName: input.policyName, policyDocument: input.policyDocument, description: input.description || undefined }),
  );
  if ("done" in result) revalidatePath("/iam/policies");
  return "done" in result ? { arn: result.done.arn } : result;
});

/** Edit policy: CreatePolicyVersion, the default unless "Save as default version" is cleared. */
export const createPolicyVersionAction = consoleAction(newPolicyVersionSchema, async (input, { identity, db, now, context }) => {
  const result = await documentResult(() => createPolicyVersion(db, { actor: identity.principal, now, context, ...input }));
  if ("done" in result) revalidatePath("/iam/policies", "layout");
  return "done" in result ? { versionId: result.done.versionId } : result;
});

export const setDefaultPolicyVersionAction = consoleAction(policyVersionRefSchema, async (input, { identity, db, now, context }) => {
  await setDefaultPolicyVersion(db, { actor: identity.principal, now, context, ...input });
  revalidatePath("/iam/policies", "layout");
});

export const deletePolicyVersionAction = consoleAction(policyVersionRefSchema, async (input, { identity, db, now, context }) => {
  await deletePolicyVersion(db, { actor: identity.principal, now, context, ...input });
  revalidatePath("/iam/policies", "layout");
});

/**
 * Delete policy, as the console does it: the versions other than the default go first (DeletePolicy
 * refuses a policy that keeps them), unless the policy is attached: then DeletePolicy's DeleteConflict
 * comes first and nothing is deleted.
 */
export const deletePolicyAction = consoleAction(policyRefSchema, async ({ policyArn }, { identity, db, now, context }) => {
  const origin = { actor: identity.principal, now, context };
  const policy = await getPolicy(db, { actor: identity.principal, policyArn });
  if (policy.attachmentCount === 0) {
    for (const version of await listPolicyVersions(db, { actor: identity.principal, policyArn })) {
      if (!version.isDefaultVersion) await deletePolicyVersion(db, { ...origin, policyArn, versionId: version.versionId });
    }
  }
  await deletePolicy(db, { ...origin, policyArn });
  revalidatePath("/iam", "layout");
  return { policyName: policy.policyName };
});
