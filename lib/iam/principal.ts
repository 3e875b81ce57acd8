import type { ConsoleVersion } from "./console-version";
import type { SessionFacts } from "./policy/request-context";

/**
 * A role session (STS AssumeRole): the role it acts as, and the session name of its ARN,
 * arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION.
 */
export type RoleSession = { roleId: string; roleName: string; rolePath: string; sessionName: string };

/** Who is acting: the account's root user, one of its IAM users, or a session of one of its roles. */
export type Principal = {
  accountId: string;
  accountAlias: string | null;
  /** Null for the root user and for a role session. */
  userId: string | null;
  /** The IAM user name; null for the root user and for a role session. */
  userName: string | null;
  /** The IAM user's or root user's ARN; a role session's assumed-role ARN. */
  arn: string;
  isRoot: boolean;
  /**
   * Set for a role session only (isRoot false): its permissions are the role's policies
   * (lib/iam/authorize.ts); sts:AssumeRole itself is decided by the role's trust policy.
   */
  roleSession?: RoleSession;
  /** The account's console version, which sets its MFA device limit and what the console shows. */
  consoleVersion: ConsoleVersion;
  /**
   * How this request was authenticated, for the request context of policy evaluation (authorize.ts):
   * set by the doors (the console's session, the API's signature). A principal without it is a
   * caller of the domain itself (the seed, tests): it acts now, with long-term credentials.
   */
  request?: RequestFacts;
};

/** The facts of one request that AWS's global condition keys read. */
export type RequestFacts = {
  /** The account's time of the request (aws:CurrentTime). */
  now: Date;
  /** Temporary credentials: a console sign-in or an STS session. Absent for long-term access keys. */
  session?: SessionFacts;
  sourceIp?: string;
  secureTransport?: boolean;
};

/** Where a request came from, for the event history. */
export type RequestContext = {
  sourceIp: string | null;
  userAgent: string | null;
};
