import "server-only";
import { z } from "zod";
import { STS } from "../../iam/constraints";
import { getAccessKeyInfo } from "../../iam/get-access-key-info";
import { principalUserId } from "../../iam/get-principal";
import type { Operation } from "../operation";
import { awsString, parseParams } from "../params";

/** Who the caller is, and whose an access key is. */
export const IDENTITY_OPERATIONS: Record<string, Operation> = {
  // "No permissions are required to perform this operation" (STS API reference): no policy is asked.
  async GetCallerIdentity({ actor }) {
    return { UserId: principalUserId(actor), Account: actor.accountId, Arn: actor.arn };
  },

  async GetAccessKeyInfo({ params, db, actor }) {
    const p = parseParams(z.object({ AccessKeyId: awsString("accessKeyId", STS.accessKeyId, "sts") }), params);
    const { account } = await getAccessKeyInfo(db, actor, p.AccessKeyId);
    return { Account: account ?? undefined };
  },
};
