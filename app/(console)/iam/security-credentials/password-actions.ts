"use server";

import { consoleAction } from "@/lib/auth/console-action";
import { changePassword } from "@/lib/iam/change-password";
import { changePasswordSchema } from "@/lib/iam/change-password-schema";

/** Change password, for the signed-in IAM user or root user; nothing typed is ever sent back. */
export const changePasswordAction = consoleAction(changePasswordSchema, async (input, { identity, db, now, context }) => {
  await changePassword(db, { actor: identity.principal, oldPassword: input.currentPassword, newPassword: input.newPassword, now, context });
});
