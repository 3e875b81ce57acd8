import "server-only";
import type { Operation } from "../operation";

/** Who the caller is. */
export const IDENTITY_OPERATIONS: Record<string, Operation> = {
  async GetCallerIdentity({ actor }) {
    return { UserId: actor.userId ?? actor.accountId, Account: actor.accountId, Arn: actor.arn };
  },
};
