import type { ConsoleVersion } from "./console-version";
import type { SessionFacts } from "./policy/request-context";

/** Who is acting: the account's root user or one of its IAM users. */
export type Principal = {
  accountId: string;
  accountAlias: string | null;
  /** Null for the root user. */
  userId: string | null;
  /** The IAM user name; null for the root user. */
  userName: string | null;
  arn: string;
  isRoot: boolean;
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
