"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { consoleAction } from "@/lib/auth/console-action";
import { deleteAccountPasswordPolicy, updateAccountPasswordPolicy } from "@/lib/iam/account-password-policy";
import { PASSWORD_POLICY_BOUNDS } from "@/lib/iam/constraints";

const bounded = ({ min, max }: { min: number; max: number }) =>
  z.number({ message: "passwordPolicy.invalidNumber" }).int("passwordPolicy.invalidNumber").min(min, "passwordPolicy.invalidNumber").max(max, "passwordPolicy.invalidNumber");

/** The Edit form of "Password policy": the bounds are AWS's (constraints.ts), as the API's. */
const policySchema = z.object({
  minimumPasswordLength: bounded(PASSWORD_POLICY_BOUNDS.minimumPasswordLength),
  requireUppercaseCharacters: z.boolean(),
  requireLowercaseCharacters: z.boolean(),
  requireNumbers: z.boolean(),
  requireSymbols: z.boolean(),
  allowUsersToChangePassword: z.boolean(),
  maxPasswordAge: bounded(PASSWORD_POLICY_BOUNDS.maxPasswordAge).nullable(),
  hardExpiry: z.boolean(),
  passwordReusePrevention: bounded(PASSWORD_POLICY_BOUNDS.passwordReusePrevention).nullable(),
});

export const updatePasswordPolicyAction = consoleAction(policySchema, async (policy, { identity, db, now, context }) => {
  await updateAccountPasswordPolicy(db, { actor: identity.principal, policy, now, context });
  revalidatePath("/iam", "layout");
});

export const deletePasswordPolicyAction = consoleAction(z.object({}), async (_, { identity, db, now, context }) => {
  await deleteAccountPasswordPolicy(db, { actor: identity.principal, now, context });
  revalidatePath("/iam", "layout");
});
