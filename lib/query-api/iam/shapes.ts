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
