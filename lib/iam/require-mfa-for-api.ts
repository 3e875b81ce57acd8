import { IamError } from "./errors";
import type { Principal } from "./principal";

/**
 * The account setting "Require MFA for API calls", AWS's lesson with aws:MultiFactorAuthPresent:
 * an IAM call signed without MFA-authenticated credentials is denied, as by a Deny statement with
 * BoolIfExists aws:MultiFactorAuthPresent false. STS stays open, or nobody could get such credentials.
 * `required` is the account's setting, read with the signing credentials (signing-credentials.ts).
 */
export function requireMfaForApi(input: { actor: Principal; mfaAuthenticatedAt: Date | null; action: string; required: boolean }): void {
  if (input.mfaAuthenticatedAt || !input.required) return;
  throw new IamError(
    "AccessDenied",
    `User: ${input.actor.arn} is not authorized to perform: iam:${input.action} with an explicit deny in an identity-based policy`,
  );
}
