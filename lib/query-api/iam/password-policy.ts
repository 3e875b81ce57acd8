import "server-only";
import { z } from "zod";
import { deleteAccountPasswordPolicy, getAccountPasswordPolicy, updateAccountPasswordPolicy } from "../../iam/account-password-policy";
import { PASSWORD_POLICY_BOUNDS } from "../../iam/constraints";
import type { Operation } from "../operation";
import { awsBoolean, awsInteger, parseParams } from "../params";

/** The account's password policy for IAM users. */
export const PASSWORD_POLICY_OPERATIONS: Record<string, Operation> = {
  async GetAccountPasswordPolicy({ db, actor }) {
    const policy = await getAccountPasswordPolicy(db, { actor });
    return {
      PasswordPolicy: {
        MinimumPasswordLength: policy.minimumPasswordLength,
        RequireSymbols: policy.requireSymbols,
        RequireNumbers: policy.requireNumbers,
        RequireUppercaseCharacters: policy.requireUppercaseCharacters,
        RequireLowercaseCharacters: policy.requireLowercaseCharacters,
        AllowUsersToChangePassword: policy.allowUsersToChangePassword,
        ExpirePasswords: policy.maxPasswordAge !== null,
        MaxPasswordAge: policy.maxPasswordAge,
        PasswordReusePrevention: policy.passwordReusePrevention,
        HardExpiry: policy.hardExpiry,
      },
    };
  },

  async UpdateAccountPasswordPolicy({ params, db, actor, now, context }) {
    const p = parseParams(
      z.object({
        MinimumPasswordLength: awsInteger("minimumPasswordLength", PASSWORD_POLICY_BOUNDS.minimumPasswordLength).optional(),
        RequireSymbols: awsBoolean("requireSymbols").optional(),
        RequireNumbers: awsBoolean("requireNumbers").optional(),
        RequireUppercaseCharacters: awsBoolean("requireUppercaseCharacters").optional(),
        RequireLowercaseCharacters: awsBoolean("requireLowercaseCharacters").optional(),
        AllowUsersToChangePassword: awsBoolean("allowUsersToChangePassword").optional(),
        MaxPasswordAge: awsInteger("maxPasswordAge", PASSWORD_POLICY_BOUNDS.maxPasswordAge).optional(),
        PasswordReusePrevention: awsInteger("passwordReusePrevention", PASSWORD_POLICY_BOUNDS.passwordReusePrevention).optional(),
        HardExpiry: awsBoolean("hardExpiry").optional(),
      }),
      params,
    );
    await updateAccountPasswordPolicy(db, {
      actor,
      policy: {
        minimumPasswordLength: p.MinimumPasswordLength,
        requireSymbols: p.RequireSymbols,
        requireNumbers: p.RequireNumbers,
        requireUppercaseCharacters: p.RequireUppercaseCharacters,
        requireLowercaseCharacters: p.RequireLowercaseCharacters,
        allowUsersToChangePassword: p.AllowUsersToChangePassword,
        maxPasswordAge: p.MaxPasswordAge,
        passwordReusePrevention: p.PasswordReusePrevention,
        hardExpiry: p.HardExpiry,
      },
      now,
      context,
    });
    return null;
  },

  async DeleteAccountPasswordPolicy({ db, actor, now, context }) {
    await deleteAccountPasswordPolicy(db, { actor, now, context });
    return null;
  },
};
