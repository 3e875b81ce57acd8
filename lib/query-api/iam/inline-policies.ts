import "server-only";
import { z } from "zod";
import { deleteInlinePolicy, getInlinePolicy, listInlinePolicies, putInlinePolicy } from "../../iam/inline-policies";
import type { PolicyOwnerKind } from "../../iam/policy-owners";
import type { Operation } from "../operation";
import { pageParams, paginate, parseParams } from "../params";
import { groupName, policyDocument, policyName, roleName, userName } from "./params";
import { policyDocumentShape } from "./shapes";

// Put/Get/Delete/List{User,Group,Role}Policy take the owner's name as the model types it for each kind:
// existingUserNameType (1-128), groupNameType, roleNameType.
const OWNER_NAMES = {
  user: { param: "UserName", schema: userName() },
  group: { param: "GroupName", schema: groupName() },
  role: { param: "RoleName", schema: roleName() },
} as const;

function inlineOperations(kind: PolicyOwnerKind, noun: "User" | "Group" | "Role"): Record<string, Operation> {
  const { param, schema } = OWNER_NAMES[kind];
  const PUT = z.object({ [param]: schema, PolicyName: policyName(), PolicyDocument: policyDocument() });
  const NAMED = z.object({ [param]: schema, PolicyName: policyName() });
  const LIST = z.object({ [param]: schema, ...pageParams });
  return {
    async [`Put${noun}Policy`]({ params, db, actor, now, context }) {
      const p = parseParams(PUT, params) as Record<string, string>;
      await putInlinePolicy(db, { actor, now, context, kind, name: p[param], policyName: p.PolicyName, policyDocument: p.PolicyDocument });
      return null;
    },
    async [`Get${noun}Policy`]({ params, db, actor }) {
      const p = parseParams(NAMED, params) as Record<string, string>;
      const policy = await getInlinePolicy(db, { actor, kind, name: p[param], policyName: p.PolicyName });
      return { [param]: policy.ownerName, PolicyName: policy.policyName, PolicyDocument: policyDocumentShape(policy.policyDocument) };
    },
    async [`Delete${noun}Policy`]({ params, db, actor, now, context }) {
      const p = parseParams(NAMED, params) as Record<string, string>;
      await deleteInlinePolicy(db, { actor, now, context, kind, name: p[param], policyName: p.PolicyName });
      return null;
    },
    async [`List${noun}Policies`]({ params, db, actor }) {
      const p = parseParams(LIST, params) as { Marker?: string; MaxItems?: number } & Record<string, string>;
      const { page, ...more } = paginate(await listInlinePolicies(db, { actor, kind, name: p[param] }), p);
      return { PolicyNames: page, ...more };
    },
  };
}

/** Inline policies of users, groups and roles. */
export const INLINE_POLICY_OPERATIONS: Record<string, Operation> = {
  ...inlineOperations("user", "User"),
  ...inlineOperations("group", "Group"),
  ...inlineOperations("role", "Role"),
};
