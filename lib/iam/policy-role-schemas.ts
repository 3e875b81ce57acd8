import { z } from "zod";
import { IAM, satisfies } from "./constraints";
import { POLICY_TYPES } from "./list-policies-page";
import { text } from "./validation";

// Input of the console's Policies and Roles pages. A policy document is passed as typed, for IAM's own
// check (MalformedPolicyDocument, with AWS's message); only its length is limited here.

export const policyNameSchema = text(IAM.policyName.max).refine((v) => satisfies(IAM.policyName, v), "policiesRolesValidation.policyName");
export const roleNameSchema = text(IAM.roleName.max).refine((v) => satisfies(IAM.roleName, v), "policiesRolesValidation.roleName");
export const policyDocumentSchema = z.string({ message: "validation.required" }).max(IAM.policyDocument.max, "validation.tooLong");
export const policyArnSchema = text(IAM.arn.max);
const versionIdSchema = text(16).refine((v) => satisfies(IAM.policyVersionId, v), "validation.required");
/** Optional descriptions: empty means none. */
const descriptionSchema = (max: number) => z.string().trim().max(max, "policiesRolesValidation.description");

/** The Policies list's query string: a type, a search and a page; anything else reads as none. */
export const policyListQuerySchema = z.object({
  type: z.enum(POLICY_TYPES).optional().catch(undefined),
  search: z.string().trim().max(128).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

export const createPolicySchema = z.object({ policyName: policyNameSchema, description: descriptionSchema(1000), policyDocument: policyDocumentSchema });
export const policyRefSchema = z.object({ policyArn: policyArnSchema });
export const newPolicyVersionSchema = z.object({ policyArn: policyArnSchema, policyDocument: policyDocumentSchema, setAsDefault: z.boolean() });
export const policyVersionRefSchema = z.object({ policyArn: policyArnSchema, versionId: versionIdSchema });

/** The wizard's "Another AWS account" trusted entity and its options. */
const anotherAccountSchema = z.object({
  kind: z.literal("account"),
  accountId: z.string().trim().regex(/^\d{12}$/, "policiesRolesValidation.accountId"),
  /** AWS's externalIdType: 2 to 1,224 characters of [\w+=,.@:/-]; absent when "Require external ID" is off. */
  externalId: z
    .string()
    .trim()
    .regex(/^[\w+=,.@:/-]{2,1224}$/, "policiesRolesValidation.externalId")
    .optional(),
  requireMfa: z.boolean(),
});
const customTrustSchema = z.object({ kind: z.literal("custom"), policyDocument: policyDocumentSchema });

export const createRoleSchema = z.object({
  trustedEntity: z.discriminatedUnion("kind", [anotherAccountSchema, customTrustSchema]),
  roleName: roleNameSchema,
  description: descriptionSchema(IAM.roleDescription.max!).refine((v) => satisfies(IAM.roleDescription, v), "policiesRolesValidation.description"),
  /** In hours, as the wizard offers them: 1 to 12. */
  maxSessionHours: z.number().int().min(1).max(12),
  policyArns: z.array(policyArnSchema).max(10, "validation.tooMany"),
});
export type CreateRoleForm = z.input<typeof createRoleSchema>;

export const roleRefSchema = z.object({ roleName: roleNameSchema });
export const trustPolicyUpdateSchema = z.object({ roleName: roleNameSchema, policyDocument: policyDocumentSchema });
