import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";
import type { Principal } from "./principal";

/**
 * The account setting "Require MFA for API calls", AWS's lesson with aws:MultiFactorAuthPresent:
 * an IAM call signed without MFA-authenticated credentials is denied, as by a Deny statement with
 * BoolIfExists aws:MultiFactorAuthPresent false. STS stays open, or nobody could get such credentials.
 */
export async function requireMfaForApi(
  db: DbOrTx,
  input: { actor: Principal; mfaAuthenticatedAt: Date | null; action: string },
): Promise<void> {
  if (input.mfaAuthenticatedAt) return;
  const account = await db.account.findUnique({ where: { id: input.actor.accountId }, select: { requireMfaForApi: true } });
  if (account?.requireMfaForApi) {
    throw new IamError(
      "AccessDenied",
      `User: ${input.actor.arn} is not authorized to perform: iam:${input.action} with an explicit deny in an identity-based policy`,
    );
  }
}
