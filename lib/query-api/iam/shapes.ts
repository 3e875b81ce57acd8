import type { ManagedPolicy } from "../../iam/managed-policies";

// Shapes of IAM's answers that several operations share, as the botocore model names their members.

/** AWS's User shape; the root user has an ARN and the account id as its UserId, but no name or path. */
export function userShape(user: {
  path: string | null;
  userName: string | null;
  userId: string;
  arn: string;
  createDate: Date;
  passwordLastUsed?: Date | null;
  tags?: { key: string; value: string }[];
}) {
  return {
    Path: user.path,
    UserName: user.userName,
    UserId: user.userId,
    Arn: user.arn,
    CreateDate: user.createDate,
    PasswordLastUsed: user.passwordLastUsed,
    Tags: user.tags?.length ? user.tags.map(tagShape) : undefined,
  };
}

/** AWS's Tag shape. */
export function tagShape(tag: { key: string; value: string }) {
  return { Key: tag.key, Value: tag.value };
}

/**
 * A policy document as IAM's XML carries it: URL-encoded (botocore decodes it into a dict, the AWS CLI
 * prints that as JSON; the JS SDK hands over the encoded text).
 */
export function policyDocumentShape(document: string): string {
  return encodeURIComponent(document);
}

/** AWS's Group shape. */
export function groupShape(group: { path: string; groupName: string; groupId: string; arn: string; createDate: Date }) {
  return { Path: group.path, GroupName: group.groupName, GroupId: group.groupId, Arn: group.arn, CreateDate: group.createDate };
}

/** AWS's Policy shape; `full` adds what GetPolicy and CreatePolicy answer beyond ListPolicies (Description, Tags). */
export function policyShape(
  policy: Omit<ManagedPolicy, "scope">,
  { full = false } = {},
) {
  return {
    PolicyName: policy.policyName,
    PolicyId: policy.policyId,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: policy.attachmentCount,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: policy.isAttachable,
    Description: full ? (policy.description ?? undefined) : undefined,
    CreateDate: policy.createDate,
    UpdateDate: policy.updateDate,
    Tags: full && policy.tags.length ? policy.tags.map(tagShape) : undefined,
  };
}

/** AWS's PolicyVersion shape; the Document only where the operation returns it. */
export function policyVersionShape(version: { versionId: string; document: string; isDefaultVersion: boolean; createDate: Date }, { document = false } = {}) {
  return {
    Document: document ? policyDocumentShape(version.document) : undefined,
    VersionId: version.versionId,
    IsDefaultVersion: version.isDefaultVersion,
    CreateDate: version.createDate,
  };
}

/** AWS's Role shape; `lastUsed` only where GetRole answers it (an empty RoleLastUsed when never used). */
export function roleShape(role: {
  path: string;
  roleName: string;
  roleId: string;
  arn: string;
  createdAt: Date;
  assumeRolePolicyDocument: string;
  description: string | null;
  maxSessionDuration: number;
  tags?: { key: string; value: string }[];
  lastUsed?: { at: Date; region: string | null } | null;
}) {
  return {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: role.arn,
    CreateDate: role.createdAt,
    AssumeRolePolicyDocument: policyDocumentShape(role.assumeRolePolicyDocument),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    Tags: role.tags?.length ? role.tags.map(tagShape) : undefined,
    RoleLastUsed: role.lastUsed === undefined ? undefined : role.lastUsed ? { LastUsedDate: role.lastUsed.at, Region: role.lastUsed.region } : {},
  };
}
