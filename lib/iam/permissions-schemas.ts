import { z } from "zod";
import { IAM, satisfies } from "./constraints";
import { text, userNameSchema } from "./validation";

// The console's input for a user's, group's or role's permissions (policy-attachments.ts,
// inline-policies.ts) and for user groups (manage-groups.ts), checked against AWS's constraints.

export const groupNameSchema = text(IAM.groupName.max).refine((v) => satisfies(IAM.groupName, v), "groups.nameInvalid");
export const inlinePolicyNameSchema = text(IAM.policyName.max).refine((v) => satisfies(IAM.policyName, v), "permissions.inlineNameInvalid");
const roleNameSchema = text(IAM.roleName.max).refine((v) => satisfies(IAM.roleName, v), "validation.userName");
/** A policy's ARN as the console sends it back; the domain says whether such a policy exists. */
const policyArnSchema = text(2048).refine((v) => v.startsWith("arn:"), "validation.required");

/** The user, group or role whose policies an action changes. */
export const policyOwnerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("user"), name: userNameSchema }),
  z.object({ kind: z.literal("group"), name: groupNameSchema }),
  z.object({ kind: z.literal("role"), name: roleNameSchema }),
]);
export type PolicyOwnerRef = z.infer<typeof policyOwnerSchema>;

const withOwner = <T extends z.ZodRawShape>(shape: T) => z.object({ owner: policyOwnerSchema, ...shape });

export const attachPoliciesSchema = withOwner({ policyArns: z.array(policyArnSchema).min(1).max(20) });
export const detachPolicySchema = withOwner({ policyArn: policyArnSchema });
export const inlinePolicyRefSchema = withOwner({ policyName: inlinePolicyNameSchema });
/** The document is sent as typed, white space and all: IAM checks it and stores it as sent. */
export const putInlinePolicySchema = withOwner({
  policyName: inlinePolicyNameSchema,
  policyDocument: z.string().max(IAM.policyDocument.max!, "validation.tooLong"),
});

/** The attach dialog's page of AWS managed and customer managed policies. */
export const POLICY_TYPES = ["all", "aws", "customer"] as const;
export const searchPoliciesSchema = z.object({
  query: z.string().max(128).default(""),
  type: z.enum(POLICY_TYPES).default("all"),
  page: z.number().int().min(0).max(1000).default(0),
});

export const groupMembershipSchema = z.object({ groupName: groupNameSchema, userName: userNameSchema });
export const addUserToGroupsSchema = z.object({ userName: userNameSchema, groupNames: z.array(groupNameSchema).min(1).max(10) });
export const addUsersToGroupSchema = z.object({ groupName: groupNameSchema, userNames: z.array(userNameSchema).min(1).max(50) });
export const groupRefSchema = z.object({ groupName: groupNameSchema });
export const createGroupSchema = z.object({
  groupName: groupNameSchema,
  userNames: z.array(userNameSchema).max(50).default([]),
  policyArns: z.array(policyArnSchema).max(10).default([]),
});
