import type { Db } from "../db/types";
import type { Principal, RequestContext } from "../iam/principal";
import type { IamSettings } from "../iam/settings";

export type OperationContext = {
  params: Record<string, string>;
  actor: Principal;
  accessKeyId: string;
  /** Signed with temporary credentials from GetSessionToken or AssumeRole. */
  temporary: boolean;
  /** When those temporary credentials were issued (aws:TokenIssueTime); null for a long-term key. */
  credentialsIssuedAt: Date | null;
  /** When MFA was used for the signing credentials (aws:MultiFactorAuthAge); null without MFA. */
  mfaAuthenticatedAt: Date | null;
  db: Db;
  now: Date;
  context: RequestContext;
  settings: IamSettings;
};

/** One API action: parses its own parameters, calls one domain function, returns the Result element's content. */
export type Operation = (ctx: OperationContext) => Promise<Record<string, unknown> | null>;

/** The operations of a service, assembled from its areas' tables; an action defined twice is a bug, caught at start. */
export function operationTable(...areas: Record<string, Operation>[]): Record<string, Operation> {
  const table: Record<string, Operation> = {};
  for (const area of areas) {
    for (const [action, operation] of Object.entries(area)) {
      if (Object.hasOwn(table, action)) throw new Error(`${action} is defined by two operation tables`);
      table[action] = operation;
    }
  }
  return table;
}
