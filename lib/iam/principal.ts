import type { ConsoleVersion } from "./console-version";

/** Who is acting: the account's root user or one of its IAM users. */
export type Principal = {
  accountId: string;
  accountAlias: string | null;
  /** The account's name, given at sign-up: what the 2021 console's top bar shows the root user. */
  accountName: string;
  /** Null for the root user. */
  userId: string | null;
  /** The IAM user name; null for the root user. */
  userName: string | null;
  arn: string;
  isRoot: boolean;
  isAdmin: boolean;
  /** The account's console version, which sets its MFA device limit and what the console shows. */
  consoleVersion: ConsoleVersion;
};

/** Where a request came from, for the event history. */
export type RequestContext = {
  sourceIp: string | null;
  userAgent: string | null;
};
