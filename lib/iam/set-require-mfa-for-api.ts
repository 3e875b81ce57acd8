import type { Db } from "../db/types";
import { authorize } from "./authorize";
import { recordCallerEvent } from "./events";
import { arnResource } from "./iam-actions";
import { userArn } from "./arn";
import { attachToUser, ensureLabPolicy } from "./lab-policies";
import type { Principal, RequestContext } from "./principal";

/**
 * The account's "Require MFA for API calls", now AWS's lesson itself: turning it on attaches the
 * account's Force_MFA policy (lab-policies.ts) to every IAM user, and to each user created while it is
 * on; turning it off detaches it from all. The policies then deny, as AWS does, whatever a user asks
 * without MFA but setting up MFA and GetSessionToken. The root user is outside identity policies.
 * Attaching a policy to users takes iam:AttachUserPolicy (iam:DetachUserPolicy) on the account's users.
 */
export async function setRequireMfaForApi(
  db: Db,
  input: { actor: Principal; required: boolean; now: Date; context: RequestContext },
): Promise<void> {
  const { actor, now } = input;
  await authorize(db, actor, input.required ? "iam:AttachUserPolicy" : "iam:DetachUserPolicy", arnResource(userArn(actor.accountId, "/", "*")));
  const accountId = actor.accountId;
  await db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: accountId }, data: { requireMfaForApi: input.required } });
    const policy = await ensureLabPolicy(tx, accountId, "forceMfa", now);
    if (input.required) {
      const users = await tx.user.findMany({ where: { accountId }, select: { id: true } });
      for (const user of users) await attachToUser(tx, { accountId, userId: user.id, policyArn: policy.arn, customerPolicyId: policy.id, now });
    } else {
      await tx.policyAttachment.deleteMany({ where: { accountId, policyArn: policy.arn, userId: { not: null } } });
    }
    await recordCallerEvent(tx, input, "UpdateAccountSettings", { requireMfaForApi: input.required });
  });
}
