import type { Db } from "../db/types";
import type { Principal, RequestContext } from "../iam/principal";
import type { IamSettings } from "../iam/settings";

export type OperationContext = {
  params: Record<string, string>;
  actor: Principal;
  accessKeyId: string;
  /** Signed with temporary credentials from GetSessionToken. */
  temporary: boolean;
  /** When MFA was used for the signing credentials (aws:MultiFactorAuthAge); null without MFA. */
  mfaAuthenticatedAt: Date | null;
  db: Db;
  now: Date;
  context: RequestContext;
  settings: IamSettings;
};

/** One API action: parses its own parameters, calls one domain function, returns the Result element's content. */
export type Operation = (ctx: OperationContext) => Promise<Record<string, unknown> | null>;
