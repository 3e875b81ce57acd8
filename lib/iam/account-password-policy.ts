import type { Db, DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { findPasswordPolicy, type PasswordPolicy } from "./password-policy";
import type { Principal, RequestContext } from "./principal";

/** UpdateAccountPasswordPolicy's input: a field left out takes AWS's default (6 characters, every flag false). */
export type PasswordPolicyInput = Partial<PasswordPolicy>;

/** GetAccountPasswordPolicy: NoSuchEntity, in AWS's words, while the account has none. */
export async function getAccountPasswordPolicy(db: DbOrTx, input: { actor: Principal }): Promise<PasswordPolicy> {
  await authorize(db, input.actor, "iam:GetAccountPasswordPolicy", ANY_RESOURCE);
  const policy = await findPasswordPolicy(db, input.actor.accountId);
  if (!policy) throw new IamError("NoSuchEntity", `The Password Policy with domain name ${input.actor.accountId} cannot be found.`);
  return policy;
}

/**
 * UpdateAccountPasswordPolicy: replaces the whole policy, as AWS does (a field left out goes back to
 * its default). Passwords already set stay; the next change of each must conform.
 */
export async function updateAccountPasswordPolicy(
  db: Db,
  input: { actor: Principal; policy: PasswordPolicyInput; now: Date; context: RequestContext },
): Promise<PasswordPolicy> {
  await authorize(db, input.actor, "iam:UpdateAccountPasswordPolicy", ANY_RESOURCE);
  const { policy: given } = input;
  const policy: PasswordPolicy = {
    minimumPasswordLength: given.minimumPasswordLength ?? 6,
    requireSymbols: given.requireSymbols ?? false,
    requireNumbers: given.requireNumbers ?? false,
    requireUppercaseCharacters: given.requireUppercaseCharacters ?? false,
    requireLowercaseCharacters: given.requireLowercaseCharacters ?? false,
    allowUsersToChangePassword: given.allowUsersToChangePassword ?? false,
    maxPasswordAge: given.maxPasswordAge ?? null,
    passwordReusePrevention: given.passwordReusePrevention ?? null,
    hardExpiry: given.hardExpiry ?? null,
  };
  const accountId = input.actor.accountId;
  await db.$transaction(async (tx) => {
    await tx.accountPasswordPolicy.upsert({ where: { accountId }, create: { accountId, ...policy }, update: policy });
    await recordCallerEvent(tx, input, "UpdateAccountPasswordPolicy", given);
  });
  return policy;
}

/** DeleteAccountPasswordPolicy: AWS's default policy applies again. */
export async function deleteAccountPasswordPolicy(db: Db, input: { actor: Principal; now: Date; context: RequestContext }): Promise<void> {
  await authorize(db, input.actor, "iam:DeleteAccountPasswordPolicy", ANY_RESOURCE);
  await db.$transaction(async (tx) => {
    const { count } = await tx.accountPasswordPolicy.deleteMany({ where: { accountId: input.actor.accountId } });
    if (count !== 1) throw new IamError("NoSuchEntity", "The account policy with name PasswordPolicy cannot be found.");
    await recordCallerEvent(tx, input, "DeleteAccountPasswordPolicy");
  });
}
