"use server";

import { revalidatePath } from "next/cache";
import { consoleAction } from "@/lib/auth/console-action";
import { deleteInlinePolicy, getInlinePolicy, putInlinePolicy } from "@/lib/iam/inline-policies";
import { attachPolicy, detachPolicy } from "@/lib/iam/policy-attachments";
import {
  attachPoliciesSchema,
  detachPolicySchema,
  inlinePolicyRefSchema,
  putInlinePolicySchema,
  searchPoliciesSchema,
} from "@/lib/iam/permissions-schemas";
import { searchPolicies } from "@/lib/iam/search-policies";
import { outcomeOf } from "./outcome";

// The permissions panel's actions, for a user, group or role alike: each one call of lib/iam per
// policy, which authorizes it with AWS's action (iam:AttachUserPolicy, iam:PutGroupPolicy,
// iam:DetachRolePolicy, …) on the owner's ARN, as the API's call does.

/** A page of attachable policies, filtered by name and type on the server (ListPolicies). */
export const searchPoliciesAction = consoleAction(searchPoliciesSchema, async (search, { identity, db }) =>
  outcomeOf(async () => {
    const page = await searchPolicies(db, { actor: identity.principal, ...search });
    return { ...page, policies: page.policies.map((policy) => ({ arn: policy.arn, policyName: policy.policyName, scope: policy.scope, description: policy.description })) };
  }),
);

/** "Attach policies": Attach{User,Group,Role}Policy once per policy, as the console calls it; a refusal stops there. */
export const attachPoliciesAction = consoleAction(attachPoliciesSchema, async ({ owner, policyArns }, { identity, db, now, context }) => {
  const outcome = await outcomeOf(async () => {
    for (const policyArn of policyArns) await attachPolicy(db, { actor: identity.principal, now, context, kind: owner.kind, name: owner.name, policyArn });
    return null;
  });
  revalidatePath("/iam", "layout");
  return outcome;
});

export const detachPolicyAction = consoleAction(detachPolicySchema, async ({ owner, policyArn }, { identity, db, now, context }) => {
  const outcome = await outcomeOf(() => detachPolicy(db, { actor: identity.principal, now, context, kind: owner.kind, name: owner.name, policyArn }));
  revalidatePath("/iam", "layout");
  return outcome;
});

/** The inline policy's document as stored, to view or edit (Get{User,Group,Role}Policy). */
export const getInlinePolicyAction = consoleAction(inlinePolicyRefSchema, async ({ owner, policyName }, { identity, db }) =>
  outcomeOf(async () => (await getInlinePolicy(db, { actor: identity.principal, kind: owner.kind, name: owner.name, policyName })).policyDocument),
);

/** Put{User,Group,Role}Policy: IAM's check of the document and of the owner's size quota; a refusal keeps the text in the editor. */
export const putInlinePolicyAction = consoleAction(putInlinePolicySchema, async ({ owner, policyName, policyDocument }, { identity, db, now, context }) => {
  const outcome = await outcomeOf(() => putInlinePolicy(db, { actor: identity.principal, now, context, kind: owner.kind, name: owner.name, policyName, policyDocument }));
  if (outcome.ok) revalidatePath("/iam", "layout");
  return outcome;
});

export const deleteInlinePolicyAction = consoleAction(inlinePolicyRefSchema, async ({ owner, policyName }, { identity, db, now, context }) => {
  const outcome = await outcomeOf(() => deleteInlinePolicy(db, { actor: identity.principal, now, context, kind: owner.kind, name: owner.name, policyName }));
  revalidatePath("/iam", "layout");
  return outcome;
});
