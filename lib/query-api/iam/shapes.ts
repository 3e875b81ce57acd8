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
 * A policy document as IAM's answers carry it: URL-encoded (RFC 3986), which botocore decodes back into
 * JSON and the JS SDK leaves to the caller's decodeURIComponent.
 */
export function policyDocumentShape(document: string): string {
  return encodeURIComponent(document);
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
