import type { ConsoleVersion } from "./console-version";

/**
 * A role session (STS AssumeRole): the role it acts as, and the session name of its ARN,
 * arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION.
 */
export type RoleSession = { roleId: string; roleName: string; rolePath: string; sessionName: string };

/** Who is acting: the account's root user, one of its IAM users, or a session of one of its roles. */
export type Principal = {
  accountId: string;
  accountAlias: string | null;
  /** The account's name, given at sign-up: what the 2021 console's top bar shows the root user. */
  accountName: string;
  /** Null for the root user and for a role session. */
  userId: string | null;
  /** The IAM user name; null for the root user and for a role session. */
  userName: string | null;
  /** The IAM user's or root user's ARN; a role session's assumed-role ARN. */
  arn: string;
  isRoot: boolean;
  isAdmin: boolean;
  /**
   * Set for a role session only (isRoot and isAdmin false). Until policies are enforced (issue 17), a
   * role session has in IAM the rights of an IAM user who is not an administrator and has no
   * credentials of its own (lib/iam/authorization.ts); sts:AssumeRole is decided by trust policies.
   */
  roleSession?: RoleSession;
  /** The account's console version, which sets its MFA device limit and what the console shows. */
  consoleVersion: ConsoleVersion;
};

/** Where a request came from, for the event history. */
export type RequestContext = {
  sourceIp: string | null;
  userAgent: string | null;
};
